import type { MembershipDto, MembershipRole, OrganisationDto } from '@samvirke/contracts';
import { useState } from 'react';
import { Field, invalid } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useServerAnswer } from '../grants/use-application-draft.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { Link } from '../router.js';
import { isAdmin } from './access.js';
import { RoleCheckboxes } from './role-checkboxes.js';

/** Makes a registered organisation a member of the programme, with its roles. */
export function InviteMember({
  programmeId,
  organisations,
  onInvited,
}: {
  programmeId: string;
  /** The registered organisations that are not members now. */
  organisations: readonly OrganisationDto[];
  onInvited: () => void;
}) {
  const { t } = useI18n();
  const { api, principal } = usePortal();
  const [organisationId, setOrganisationId] = useState('');
  const [roles, setRoles] = useState<MembershipRole[]>([]);
  const answer = useServerAnswer();
  const [tried, setTried] = useState(false);
  const local: Record<string, string> = {};
  if (tried && !organisationId)
    local['/organisationId'] = t('Vælg en organisation.', 'Choose an organisation.');
  if (tried && roles.length === 0) local['/roles'] = t('Vælg mindst én rolle.', 'Choose at least one role.');
  const errors = { ...answer.fieldErrors, ...local };

  async function invite(): Promise<void> {
    setTried(true);
    if (!organisationId || roles.length === 0) return;
    try {
      await api.send<MembershipDto>('POST', `/partners/programmes/${programmeId}/members`, {
        organisationId,
        roles,
      });
      answer.clear();
      setTried(false);
      setOrganisationId('');
      setRoles([]);
      onInvited();
    } catch (error) {
      answer.fail(error);
    }
  }

  return (
    <section aria-labelledby="invite">
      <h2 id="invite">{t('Inviter en organisation', 'Invite an organisation')}</h2>
      {organisations.length === 0 ? (
        <p>
          {t(
            'Alle registrerede organisationer er allerede medlemmer. En ny organisation skal først registreres af en platformsadministrator.',
            'Every registered organisation is a member already. A new organisation must first be registered by a platform admin.',
          )}{' '}
          {isAdmin(principal) && (
            <Link href="/organisations/new">
              {t('Registrer en organisation', 'Register an organisation')}
            </Link>
          )}
        </p>
      ) : (
        <form
          noValidate
          aria-labelledby="invite"
          onSubmit={(event) => {
            event.preventDefault();
            void invite();
          }}
        >
          <Field
            id="invite-organisation"
            label={t('Organisation', 'Organisation')}
            errors={errors}
            pointer="/organisationId"
          >
            <select
              id="invite-organisation"
              value={organisationId}
              onChange={(e) => setOrganisationId(e.target.value)}
              {...invalid(errors, '/organisationId', 'invite-organisation')}
            >
              <option value="">{t('Vælg …', 'Choose …')}</option>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          </Field>
          <RoleCheckboxes
            id="invite-roles"
            legend={t('Roller i programmet', 'Roles in the programme')}
            roles={roles}
            onChange={setRoles}
            errors={errors}
          />
          {answer.failure !== null && <ErrorMessage error={answer.failure} />}
          <div className="actions">
            <button type="submit" className="primary">
              {t('Inviter organisationen', 'Invite the organisation')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
