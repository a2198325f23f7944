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

function PrivilegeTable({ initial }: { initial: PrivilegeRolesDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const [entries, setEntries] = useState<PrivilegeRole[]>(initial.entries);
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [saved, setSaved] = useState<string | null>(initial.updatedAt);
  const errorAt = (pointer: string): string | undefined => {
    const detail =
      failure instanceof ApiError
        ? failure.fieldErrors.find((error) => error.pointer === pointer)?.detail
        : undefined;
    return detail === undefined ? undefined : fieldMessage(t, detail);
  };
  const change = (index: number, entry: Partial<PrivilegeRole>): void =>
    setEntries(entries.map((current, at) => (at === index ? { ...current, ...entry } : current)));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setSending(true);
        setFailure(null);
        api
          .send<PrivilegeRolesDto>('PUT', '/partners/privilege-roles', { entries })
          .then((table) => {
            setEntries(table.entries);
            setSaved(table.updatedAt ?? new Date().toISOString());
          })
          .catch(setFailure)
          .finally(() => setSending(false));
      }}
    >
      <TableWrap>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('Rettighed (URI)', 'Privilege (URI)')}</th>
              <th scope="col">{t('Rolle i Samvirke', 'Role in Samvirke')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('Fjern', 'Remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={index}>
                <td>
                  <input
                    aria-label={t(`Rettighed ${index + 1}`, `Privilege ${index + 1}`)}
                    value={entry.privilege}
                    size={60}
                    onChange={(event) => change(index, { privilege: event.target.value })}
                  />
                  {errorAt(`/entries/${index}/privilege`) && (
                    <p className="field-error">{errorAt(`/entries/${index}/privilege`)}</p>
                  )}
                </td>
                <td>
                  <select
                    aria-label={t(`Rolle ${index + 1}`, `Role ${index + 1}`)}
                    value={entry.role}
                    onChange={(event) => change(index, { role: event.target.value as FederatedRole })}
                  >
                    {FEDERATED_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {roleName(i18n, role)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" onClick={() => setEntries(entries.filter((_, at) => at !== index))}>
                    {t('Fjern', 'Remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p>
        <button type="button" onClick={() => setEntries([...entries, { privilege: '', role: 'reporter' }])}>
          {t('Tilføj en rettighed', 'Add a privilege')}
        </button>
      </p>
      {saved && !sending && failure === null && (
        <p role="status" className="muted">
          {t('Gemt. Gælder fra næste login.', 'Saved. Applies from the next login.')}
        </p>
      )}
      <SubmitRow label={t('Gem tabellen', 'Save the table')} failure={failure} sending={sending} />
    </form>
  );
}
