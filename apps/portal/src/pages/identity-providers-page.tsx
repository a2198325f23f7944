import type {
  IdentityProviderDto,
  IdentityProvidersDto,
  RemovedIdentityProviderDto,
} from '@samvirke/contracts';
import { useState } from 'react';
import { isAdmin } from '../admin/access.js';
import { AdminOnly } from '../admin/admin-only.js';
import { IdentityProviderForm } from '../admin/identity-provider-form.js';
import { Page } from '../components/page.js';
import { Await, ErrorMessage } from '../components/status.js';
import { TableWrap } from '../components/table-wrap.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';

/**
 * Organisations' logins (platform admins): the realm's identity providers, those connected here
 * removable (their people are disabled), and the form that connects another.
 */
export function IdentityProvidersPage() {
  const { t } = useI18n();
  const { principal } = usePortal();
  const loaded = useLoad(
    (api) => api.get<IdentityProvidersDto>('/partners/identity-providers'),
    'identity-providers',
  );
  const reload = loaded.state === 'ready' ? loaded.reload : () => undefined;
  return (
    <Page
      title={t('Organisationernes login', "Organisations' logins")}
      crumbs={[{ href: '/organisations', label: t('Organisationer', 'Organisations') }]}
    >
      {isAdmin(principal) ? (
        <>
          <Await loaded={loaded}>{(list) => <ProvidersTable items={list.items} onRemoved={reload} />}</Await>
          <IdentityProviderForm onRegistered={reload} />
        </>
      ) : (
        <AdminOnly />
      )}
    </Page>
  );
}

function ProvidersTable({
  items,
  onRemoved,
}: {
  items: readonly IdentityProviderDto[];
  onRemoved: () => void;
}) {
  const { t } = useI18n();
  return (
    <TableWrap label={t('Organisationernes login', "Organisations' logins")}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('Login', 'Login')}</th>
            <th scope="col">{t('Protokol', 'Protocol')}</th>
            <th scope="col">
              {t(
                'Organisationens login (entity id / issuer)',
                "The organisation's login (entity id / issuer)",
              )}
            </th>
            <th scope="col">{t('Samvirkes metadata', "Samvirke's metadata")}</th>
            <th scope="col">{t('Handling', 'Action')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((idp) => (
            <ProviderRow key={idp.alias} idp={idp} onRemoved={onRemoved} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function ProviderRow({ idp, onRemoved }: { idp: IdentityProviderDto; onRemoved: () => void }) {
  const { t } = useI18n();
  return (
    <tr>
      <td>
        {idp.displayName} <code>{idp.alias}</code>
      </td>
      <td>{idp.protocol === 'saml' ? 'SAML 2.0' : 'OpenID Connect'}</td>
      <td>{idp.idpEntityId ?? '–'}</td>
      <td>
        {idp.serviceProviderMetadataUrl ? (
          <a href={idp.serviceProviderMetadataUrl}>{idp.serviceProviderEntityId}</a>
        ) : (
          <code>{idp.brokerEndpointUrl}</code>
        )}
      </td>
      <td>
        {idp.registeredHere ? (
          <RemoveButton idp={idp} onRemoved={onRemoved} />
        ) : (
          t('Fra realm-filen', 'From the realm file')
        )}
      </td>
    </tr>
  );
}

/** Removes the login after a confirmation; its people are disabled. */
function RemoveButton({ idp, onRemoved }: { idp: IdentityProviderDto; onRemoved: () => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const remove = (): void => {
    setFailure(null);
    api
      .send<RemovedIdentityProviderDto>('DELETE', `/partners/identity-providers/${idp.alias}`)
      .then(onRemoved)
      .catch(setFailure);
  };
  return confirming ? (
    <>
      <button type="button" className="danger" onClick={remove}>
        {t(
          `Fjern ${idp.displayName} og spær dens brugere`,
          `Remove ${idp.displayName} and disable its users`,
        )}
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        {t('Fortryd', 'Cancel')}
      </button>
      {failure !== null && <ErrorMessage error={failure} />}
    </>
  ) : (
    <button type="button" onClick={() => setConfirming(true)}>
      {t(`Fjern ${idp.displayName}`, `Remove ${idp.displayName}`)}
    </button>
  );
}
