import type { RefusedLogin, RefusedLoginsDto } from '@samvirke/contracts';
import { isAdmin } from '../admin/access.js';
import { AdminOnly } from '../admin/admin-only.js';
import { Page } from '../components/page.js';
import { Await } from '../components/status.js';
import { TableWrap } from '../components/table-wrap.js';
import { useI18n } from '../i18n/i18n.js';
import { glossary } from '../i18n/terms.js';
import { useLoad, usePortal } from '../portal-context.js';

const refusalName = glossary({
  LOGIN_ERROR: ['Forkert login hos Samvirke', 'Failed login at Samvirke'],
  IDENTITY_PROVIDER_LOGIN_ERROR: [
    'Afvist svar fra organisationens login',
    "Refused answer from the organisation's login",
  ],
  IDENTITY_PROVIDER_FIRST_LOGIN_ERROR: [
    'Kunne ikke oprettes ved første login',
    'Could not be created at first login',
  ],
  IDENTITY_PROVIDER_POST_LOGIN_ERROR: [
    'Organisationen er ikke tilsluttet Samvirke',
    'The organisation is not connected to Samvirke',
  ],
});

/** Logins Keycloak refused, newest first (platform admins): read from Keycloak's event store. */
export function RefusedLoginsPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad(
    (api) => api.get<RefusedLoginsDto>('/partners/refused-logins?limit=100'),
    'refused-logins',
  );
  return (
    <Page
      title={t('Afviste logins', 'Refused logins')}
      crumbs={[{ href: '/organisations', label: t('Organisationer', 'Organisations') }]}
    >
      {isAdmin(principal) ? (
        <Await loaded={loaded}>
          {(page) =>
            page.items.length === 0 ? (
              <p>
                {t('Ingen afviste logins i de seneste 30 dage.', 'No refused logins in the last 30 days.')}
              </p>
            ) : (
              <RefusedTable items={page.items} />
            )
          }
        </Await>
      ) : (
        <AdminOnly />
      )}
    </Page>
  );
}

function RefusedTable({ items }: { items: readonly RefusedLogin[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <TableWrap label={t('Afviste logins', 'Refused logins')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('Tidspunkt', 'Time')}</th>
            <th scope="col">{t('Hvorfor', 'Why')}</th>
            <th scope="col">{t('Login', 'Login')}</th>
            <th scope="col">{t('Person', 'Person')}</th>
            <th scope="col">{t('Fejlkode', 'Error code')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={`${item.time}-${index}`}>
              <td>{i18n.formatDateTime(item.time)}</td>
              <td>{refusalName(i18n, item.type)}</td>
              <td>{item.identityProvider ?? t('Samvirkes eget', "Samvirke's own")}</td>
              <td>{item.username ?? item.identity ?? '–'}</td>
              <td>
                <code>{item.error}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
