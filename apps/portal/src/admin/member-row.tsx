import type { MembershipDto, MembershipRole } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { roleName } from '../i18n/terms.js';
import { usePortal } from '../portal-context.js';
import { RoleCheckboxes } from './role-checkboxes.js';
import { useCheckedForm } from './use-checked-form.js';

interface Props {
  readonly programmeId: string;
  readonly member: MembershipDto;
  readonly manage: boolean;
  readonly onChanged: () => void;
}

type Mode = 'view' | 'roles' | 'end';

/** One member: its roles, and for a manager the controls to change them or end the membership. */
export function MemberRow(props: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { member } = props;
  const [mode, setMode] = useState<Mode>('view');
  const done = (changed: boolean): void => {
    setMode('view');
    if (changed) props.onChanged();
  };
  return (
    <tr>
      <th scope="row">{member.organisationName}</th>
      <td data-label={t('Roller', 'Roles')}>
        {mode === 'roles' ? (
          <RolesEditor {...props} onDone={done} />
        ) : (
          member.roles.map((role) => roleName(i18n, role)).join(', ')
        )}
      </td>
      <td data-label={t('Medlem siden', 'Member since')}>{i18n.formatDate(member.joinedOn)}</td>
      {props.manage && (
        <td data-label={t('Handlinger', 'Actions')}>
          {mode === 'view' && <MemberActions member={member} setMode={setMode} />}
          {mode === 'end' && <EndMembership {...props} onDone={done} />}
        </td>
      )}
    </tr>
  );
}

function MemberActions({ member, setMode }: { member: MembershipDto; setMode: (mode: Mode) => void }) {
  const { t } = useI18n();
  const name = member.organisationName;
  return (
    <div className="inline-form">
      <button type="button" onClick={() => setMode('roles')}>
        {t(`Skift roller for ${name}`, `Change roles of ${name}`)}
      </button>
      <button type="button" onClick={() => setMode('end')}>
        {t(`Afslut medlemskab for ${name}`, `End membership of ${name}`)}
      </button>
    </div>
  );
}

interface ChangeProps {
  readonly programmeId: string;
  readonly member: MembershipDto;
  readonly onDone: (changed: boolean) => void;
}

function RolesEditor({ programmeId, member, onDone }: ChangeProps) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [roles, setRoles] = useState<MembershipRole[]>(member.roles);
  const checked = useCheckedForm(
    roles,
    (value): Record<string, string> =>
      value.length === 0 ? { '/roles': t('Vælg mindst én rolle.', 'Choose at least one role.') } : {},
    async (value) => {
      await api.send('PUT', `/partners/programmes/${programmeId}/members/${member.organisationId}/roles`, {
        roles: value,
      });
      onDone(true);
    },
  );
  return (
    <form
      aria-label={t(`Roller for ${member.organisationName}`, `Roles of ${member.organisationName}`)}
      {...checked.formProps}
    >
      <RoleCheckboxes
        id={`roles-${member.organisationId}`}
        legend={t(`Roller for ${member.organisationName}`, `Roles of ${member.organisationName}`)}
        roles={roles}
        onChange={setRoles}
        errors={checked.errors}
      />
      {checked.failure !== null && <ErrorMessage error={checked.failure} />}
      <ConfirmButtons confirm={t('Gem rollerne', 'Save the roles')} onCancel={() => onDone(false)} />
    </form>
  );
}

function EndMembership({ programmeId, member, onDone }: ChangeProps) {
  const { t } = useI18n();
  const { api } = usePortal();
  const checked = useCheckedForm(
    member,
    () => ({}),
    async () => {
      await api.send('DELETE', `/partners/programmes/${programmeId}/members/${member.organisationId}`);
      onDone(true);
    },
  );
  return (
    <form aria-label={t('Bekræft', 'Confirm')} {...checked.formProps}>
      <p>
        {t(
          `Afslut ${member.organisationName}s medlemskab? Det gemmes i historikken.`,
          `End ${member.organisationName}'s membership? It is kept in the history.`,
        )}
      </p>
      {checked.failure !== null && <ErrorMessage error={checked.failure} />}
      <ConfirmButtons
        confirm={t('Ja, afslut medlemskabet', 'Yes, end the membership')}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}

function ConfirmButtons({ confirm, onCancel }: { confirm: string; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="inline-form">
      <button type="submit" className="primary">
        {confirm}
      </button>
      <button type="button" onClick={onCancel}>
        {t('Fortryd', 'Cancel')}
      </button>
    </div>
  );
}
