import {
  FEDERATED_ROLES,
  type FederatedRole,
  type PrivilegeRole,
  type PrivilegeRolesDto,
} from '@samvirke/contracts';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { isAdmin } from '../admin/access.js';
import { AdminOnly } from '../admin/admin-only.js';
import { SubmitRow } from '../admin/submit-row.js';
import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { TableWrap } from '../components/table-wrap.js';
import { useI18n } from '../i18n/i18n.js';
import { fieldMessage } from '../i18n/field-messages.js';
import { roleName } from '../i18n/terms.js';
import { useLoad, usePortal } from '../portal-context.js';

/**
 * The privilege table (platform admins): which Samvirke role a privilege from an organisation's
 * identity provider gives. Saved as a whole; Keycloak carries it into each person's next login.
 */
export function PrivilegeRolesPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad((api) => api.get<PrivilegeRolesDto>('/partners/privilege-roles'), 'privilege-roles');
  return (
    <Page
      title={t('Rettigheder fra organisationernes login', "Privileges from organisations' logins")}
      crumbs={[{ href: '/organisations', label: t('Organisationer', 'Organisations') }]}
    >
      {isAdmin(principal) ? (
        <>
          <p>
            {t(
              'En medarbejder, der logger ind med sin kommunes eller organisations login, får rollerne fra de rettigheder (privilegier), som login sender for organisationen. Her står, hvilken rolle hver rettighed giver. Ændringer gælder fra personens næste login. En organisations login kan aldrig give rollen platformsadministrator.',
              "An employee who logs in with their municipality's or organisation's login gets the roles of the privileges the login sends for that organisation. This table says which role each privilege gives. Changes apply from the person's next login. An organisation's login can never grant platform admin.",
            )}
          </p>
          <Await loaded={loaded}>{(table) => <PrivilegeTable initial={table} />}</Await>
        </>
      ) : (
        <AdminOnly />
      )}
    </Page>
  );
}

/** The table being edited, its sending and the service's refusal, field by field. */
function usePrivilegeTable(initial: PrivilegeRolesDto) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [entries, setEntries] = useState<PrivilegeRole[]>(initial.entries);
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [saved, setSaved] = useState(false);
  const errorAt = (pointer: string): string | undefined => {
    const detail =
      failure instanceof ApiError
        ? failure.fieldErrors.find((error) => error.pointer === pointer)?.detail
        : undefined;
    return detail === undefined ? undefined : fieldMessage(t, detail);
  };
  const save = (): void => {
    setSending(true);
    setFailure(null);
    setSaved(false);
    api
      .send<PrivilegeRolesDto>('PUT', '/partners/privilege-roles', { entries })
      .then((table) => {
        setEntries(table.entries);
        setSaved(true);
      })
      .catch(setFailure)
      .finally(() => setSending(false));
  };
  return { entries, setEntries, failure, sending, saved, errorAt, save };
}

function PrivilegeTable({ initial }: { initial: PrivilegeRolesDto }) {
  const { t } = useI18n();
  const { entries, setEntries, failure, sending, saved, errorAt, save } = usePrivilegeTable(initial);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <TableWrap label={t('Privilegier og roller', 'Privileges and roles')}>
        <table>
          <PrivilegeTableHead />
          <tbody>
            {entries.map((entry, index) => (
              <PrivilegeRow
                key={index}
                index={index}
                entry={entry}
                error={errorAt(`/entries/${index}/privilege`)}
                onChange={(changed) => setEntries(replaced(entries, index, changed))}
                onRemove={() => setEntries(entries.filter((_, at) => at !== index))}
              />
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p>
        <button type="button" onClick={() => setEntries([...entries, { privilege: '', role: 'reporter' }])}>
          {t('Tilføj en rettighed', 'Add a privilege')}
        </button>
      </p>
      {saved && <SavedNote />}
      <SubmitRow label={t('Gem tabellen', 'Save the table')} failure={failure} sending={sending} />
    </form>
  );
}

function PrivilegeTableHead() {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t('Rettighed (URI)', 'Privilege (URI)')}</th>
        <th scope="col">{t('Rolle i Samvirke', 'Role in Samvirke')}</th>
        <th scope="col">
          <span className="visually-hidden">{t('Fjern', 'Remove')}</span>
        </th>
      </tr>
    </thead>
  );
}

function PrivilegeRow({
  index,
  entry,
  error,
  onChange,
  onRemove,
}: {
  index: number;
  entry: PrivilegeRole;
  error: string | undefined;
  onChange: (entry: Partial<PrivilegeRole>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  return (
    <tr>
      <td>
        <input
          aria-label={t(`Rettighed ${index + 1}`, `Privilege ${index + 1}`)}
          aria-invalid={error !== undefined}
          value={entry.privilege}
          size={60}
          onChange={(event) => onChange({ privilege: event.target.value })}
        />
        {error && <p className="field-error">{error}</p>}
      </td>
      <td>
        <RoleSelect index={index} role={entry.role} onChange={(role) => onChange({ role })} />
      </td>
      <td>
        <button type="button" onClick={onRemove}>
          {t('Fjern', 'Remove')}
        </button>
      </td>
    </tr>
  );
}

/** The roles an organisation's login may grant; platform admin and integration are not offered. */
function RoleSelect({
  index,
  role,
  onChange,
}: {
  index: number;
  role: FederatedRole;
  onChange: (role: FederatedRole) => void;
}) {
  const i18n = useI18n();
  return (
    <select
      aria-label={i18n.t(`Rolle ${index + 1}`, `Role ${index + 1}`)}
      value={role}
      onChange={(event) => onChange(event.target.value as FederatedRole)}
    >
      {FEDERATED_ROLES.map((option) => (
        <option key={option} value={option}>
          {roleName(i18n, option)}
        </option>
      ))}
    </select>
  );
}

function SavedNote() {
  const { t } = useI18n();
  return (
    <p role="status" className="muted">
      {t('Gemt. Gælder fra næste login.', 'Saved. Applies from the next login.')}
    </p>
  );
}

function replaced(entries: PrivilegeRole[], index: number, changed: Partial<PrivilegeRole>): PrivilegeRole[] {
  return entries.map((current, at) => (at === index ? { ...current, ...changed } : current));
}
