import type { MembershipRole, OrganisationDto } from '@samvirke/contracts';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { Link } from '../router.js';
import type { Translate } from '../reporting/form-model.js';
import { isAdmin } from './access.js';
import { RoleCheckboxes } from './role-checkboxes.js';
import { SelectField } from './select-field.js';
import { SubmitRow } from './submit-row.js';
import { useCheckedForm } from './use-checked-form.js';

interface Props {
  readonly programmeId: string;
  /** The registered organisations that are not members now. */
  readonly organisations: readonly OrganisationDto[];
  readonly onInvited: () => void;
}

/** Makes a registered organisation a member of the programme, with its roles. */
export function InviteMember(props: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="invite">
      <h2 id="invite">{t('Inviter en organisation', 'Invite an organisation')}</h2>
      {props.organisations.length === 0 ? <NobodyToInvite /> : <InviteForm {...props} />}
    </section>
  );
}

function NobodyToInvite() {
  const { t } = useI18n();
  const { principal } = usePortal();
  return (
    <p>
      {t(
        'Alle registrerede organisationer er allerede medlemmer. En ny organisation skal først registreres af en platformsadministrator.',
        'Every registered organisation is a member already. A new organisation must first be registered by a platform admin.',
      )}{' '}
      {isAdmin(principal) && (
        <Link href="/organisations/new">{t('Registrer en organisation', 'Register an organisation')}</Link>
      )}
    </p>
  );
}

const NO_INVITE = { organisationId: '', roles: [] as MembershipRole[] };

/** An invitation needs an organisation and at least one role (checked when it is sent). */
function inviteErrors(invite: typeof NO_INVITE, sending: boolean, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!sending) return errors;
  if (!invite.organisationId)
    errors['/organisationId'] = t('Vælg en organisation.', 'Choose an organisation.');
  if (invite.roles.length === 0) errors['/roles'] = t('Vælg mindst én rolle.', 'Choose at least one role.');
  return errors;
}

function InviteForm({ programmeId, organisations, onInvited }: Props) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [invite, setInvite] = useState(NO_INVITE);
  const checked = useCheckedForm(
    invite,
    (value, sending) => inviteErrors(value, sending, t),
    async (value) => {
      await api.send('POST', `/partners/programmes/${programmeId}/members`, value);
      setInvite(NO_INVITE);
      onInvited();
    },
  );
  return (
    <form aria-labelledby="invite" {...checked.formProps}>
      <SelectField
        id="invite-organisation"
        label={t('Organisation', 'Organisation')}
        pointer="/organisationId"
        value={invite.organisationId}
        options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
        errors={checked.errors}
        choose
        onChange={(organisationId) => setInvite({ ...invite, organisationId })}
      />
      <RoleCheckboxes
        id="invite-roles"
        legend={t('Roller i programmet', 'Roles in the programme')}
        roles={invite.roles}
        onChange={(roles) => setInvite({ ...invite, roles })}
        errors={checked.errors}
      />
      <SubmitRow
        label={t('Inviter organisationen', 'Invite the organisation')}
        failure={checked.failure}
        sending={checked.sending}
      />
    </form>
  );
}
