import type { MembershipDto, MembershipRole } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useServerAnswer } from '../grants/use-application-draft.js';
import { useI18n } from '../i18n/i18n.js';
import { roleName } from '../i18n/terms.js';
import { usePortal } from '../portal-context.js';
import { RoleCheckboxes } from './role-checkboxes.js';

/** One member: its roles, and for a manager the controls to change them or end the membership. */
export function MemberRow({
  programmeId,
  member,
  manage,
  onChanged,
}: {
  programmeId: string;
  member: MembershipDto;
  manage: boolean;
  onChanged: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  return (
    <tr>
      <th scope="row">{member.organisationName}</th>
      <td data-label={t('Roller', 'Roles')}>
        {editing ? (
          <RolesEditor
            programmeId={programmeId}
            member={member}
            onDone={(changed) => {
              setEditing(false);
              if (changed) onChanged();
            }}
          />
        ) : (
          member.roles.map((role) => roleName(i18n, role)).join(', ')
        )}
      </td>
      <td data-label={t('Medlem siden', 'Member since')}>{i18n.formatDate(member.joinedOn)}</td>
      {manage && (
        <td data-label={t('Handlinger', 'Actions')}>
          {!editing && !confirming && (
            <div className="inline-form">
              <button type="button" onClick={() => setEditing(true)}>
                {t(
                  `Skift roller for ${member.organisationName}`,
                  `Change roles of ${member.organisationName}`,
                )}
              </button>
              <button type="button" onClick={() => setConfirming(true)}>
                {t(
                  `Afslut medlemskab for ${member.organisationName}`,
                  `End membership of ${member.organisationName}`,
                )}
              </button>
            </div>
          )}
          {confirming && (
            <EndMembership
              programmeId={programmeId}
              member={member}
              onDone={(ended) => {
                setConfirming(false);
                if (ended) onChanged();
              }}
            />
          )}
        </td>
      )}
    </tr>
  );
}

function RolesEditor({
  programmeId,
  member,
  onDone,
}: {
  programmeId: string;
  member: MembershipDto;
  onDone: (changed: boolean) => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [roles, setRoles] = useState<MembershipRole[]>(member.roles);
  const answer = useServerAnswer();
  const local: Record<string, string> =
    roles.length === 0 ? { '/roles': t('Vælg mindst én rolle.', 'Choose at least one role.') } : {};
  const errors = { ...answer.fieldErrors, ...local };
  async function save(): Promise<void> {
    if (roles.length === 0) return;
    try {
      await api.send('PUT', `/partners/programmes/${programmeId}/members/${member.organisationId}/roles`, {
        roles,
      });
      onDone(true);
    } catch (error) {
      answer.fail(error);
    }
  }
  return (
    <div>
      <RoleCheckboxes
        id={`roles-${member.organisationId}`}
        legend={t(`Roller for ${member.organisationName}`, `Roles of ${member.organisationName}`)}
        roles={roles}
        onChange={setRoles}
        errors={errors}
      />
      {answer.failure !== null && <ErrorMessage error={answer.failure} />}
      <div className="inline-form">
        <button type="button" className="primary" onClick={() => void save()}>
          {t('Gem rollerne', 'Save the roles')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('Fortryd', 'Cancel')}
        </button>
      </div>
    </div>
  );
}

function EndMembership({
  programmeId,
  member,
  onDone,
}: {
  programmeId: string;
  member: MembershipDto;
  onDone: (ended: boolean) => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  async function end(): Promise<void> {
    try {
      await api.send('DELETE', `/partners/programmes/${programmeId}/members/${member.organisationId}`);
      onDone(true);
    } catch (error) {
      setFailure(error);
    }
  }
  return (
    <div role="group" aria-label={t('Bekræft', 'Confirm')}>
      <p>
        {t(
          `Afslut ${member.organisationName}s medlemskab? Det gemmes i historikken.`,
          `End ${member.organisationName}'s membership? It is kept in the history.`,
        )}
      </p>
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="inline-form">
        <button type="button" className="primary" onClick={() => void end()}>
          {t('Ja, afslut medlemskabet', 'Yes, end the membership')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('Fortryd', 'Cancel')}
        </button>
      </div>
    </div>
  );
}
