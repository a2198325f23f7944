import type { ContactAccessGrant, FeedGrant } from '@samvirke/contracts';
import { useState, type FormEvent } from 'react';
import { isAdmin } from '../admin/access.js';
import { AdminOnly } from '../admin/admin-only.js';
import { Page } from '../components/page.js';
import { Await, ErrorMessage } from '../components/status.js';
import { TableWrap } from '../components/table-wrap.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { integrationRows, type IntegrationRow } from './integration-rows.js';

const CONTACT_ACCESS = '/partners/integration-clients';

/**
 * Integrations (platform admins): each machine client with its programmes in the event feed and
 * whether it may see named contacts (names and e-mails), which only a platform admin turns on.
 */
export function IntegrationsPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad(async (api) => {
    const [feed, contacts] = await Promise.all([
      // The feed is a service of its own: while it is down, contact access is still shown.
      api.get<{ items: FeedGrant[] }>('/feed/grants').catch(() => ({ items: [] })),
      api.get<ContactAccessGrant[]>(`${CONTACT_ACCESS}/contact-access`),
    ]);
    return { feed: feed.items, contacts };
  }, 'integrations');
  const { shown, changed } = useShownClients(loaded.state === 'ready' ? loaded.reload : () => undefined);
  return (
    <Page
      title={t('Integrationer', 'Integrations')}
      crumbs={[{ href: '/organisations', label: t('Organisationer', 'Organisations') }]}
    >
      {isAdmin(principal) ? (
        <>
          <p>
            {t(
              'En integration ser ingen navngivne kontakter (navne og e-mails), før en platformadministrator giver adgang. Hver ændring og hver læsning står i revisionssporet.',
              'An integration sees no named contacts (names and e-mails) until a platform admin grants access. Every change and every read is in the audit trail.',
            )}
          </p>
          <Await loaded={loaded}>
            {({ feed, contacts }) => (
              <IntegrationsTable rows={integrationRows(feed, contacts, shown)} onChanged={changed} />
            )}
          </Await>
          <GrantForm onGranted={changed} />
        </>
      ) : (
        <AdminOnly />
      )}
    </Page>
  );
}

/** Clients changed on this screen stay listed after a revoke, so that the change can be undone. */
function useShownClients(reload: () => void) {
  const [shown, setShown] = useState<readonly string[]>([]);
  const changed = (clientId: string) => {
    setShown((ids) => (ids.includes(clientId) ? ids : [...ids, clientId]));
    reload();
  };
  return { shown, changed };
}

type TableProps = { rows: readonly IntegrationRow[]; onChanged: (clientId: string) => void };

function IntegrationsTable({ rows, onChanged }: TableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (rows.length === 0)
    return <p>{t('Ingen integrationer har fået adgang endnu.', 'No integration has access yet.')}</p>;
  return (
    <TableWrap label={t('Integrationer', 'Integrations')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('Klient', 'Client')}</th>
            <th scope="col">{t('Programmer i hændelsesstrømmen', 'Programmes in the event feed')}</th>
            <th scope="col">{t('Navngivne kontakter', 'Named contacts')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.clientId}>
              <td>
                <code>{row.clientId}</code>
              </td>
              <td>{row.programmes}</td>
              <td>
                {row.contactAccessSince
                  ? t(
                      `Ja, siden ${i18n.formatDateTime(row.contactAccessSince)}`,
                      `Yes, since ${i18n.formatDateTime(row.contactAccessSince)}`,
                    )
                  : t('Nej', 'No')}{' '}
                <ContactAccessToggle row={row} onChanged={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function ContactAccessToggle({
  row,
  onChanged,
}: {
  row: IntegrationRow;
  onChanged: (clientId: string) => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const granted = row.contactAccessSince !== null;
  const toggle = (): void => {
    setFailure(null);
    api
      .send(
        granted ? 'DELETE' : 'PUT',
        `${CONTACT_ACCESS}/${encodeURIComponent(row.clientId)}/contact-access`,
      )
      .then(() => onChanged(row.clientId))
      .catch(setFailure);
  };
  return (
    <>
      <button type="button" className={granted ? 'danger' : undefined} onClick={toggle}>
        {granted
          ? t(`Fjern ${row.clientId}s adgang til kontakter`, `Revoke ${row.clientId}'s contact access`)
          : t(`Giv ${row.clientId} adgang til kontakter`, `Grant ${row.clientId} contact access`)}
      </button>
      {failure !== null && <ErrorMessage error={failure} />}
    </>
  );
}

/** Grants contact access to a client named by its Keycloak client id. */
function GrantForm({ onGranted }: { onGranted: (clientId: string) => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [clientId, setClientId] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFailure(null);
    const granted = clientId.trim();
    api
      .send('PUT', `${CONTACT_ACCESS}/${encodeURIComponent(granted)}/contact-access`)
      .then(() => {
        setClientId('');
        onGranted(granted);
      })
      .catch(setFailure);
  };
  return (
    <form onSubmit={submit}>
      <h2>{t('Giv en klient adgang til navngivne kontakter', 'Grant a client access to named contacts')}</h2>
      <label>
        {t('Klient-id i Keycloak', 'Client id in Keycloak')}
        <input value={clientId} onChange={(event) => setClientId(event.target.value)} required />
      </label>
      <button type="submit">{t('Giv adgang', 'Grant access')}</button>
      {failure !== null && <ErrorMessage error={failure} />}
    </form>
  );
}
