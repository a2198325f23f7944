import type { Page as PageOf } from '@samvirke/contracts';
import { useState } from 'react';
import { Await, ErrorMessage, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import type { Delivery, WebhookSubscription } from './notification-types.js';
import { WebhookSubscriptionEditor } from './webhook-subscription-editor.js';

function items<T>(value: T[] | PageOf<T>): T[] {
  return Array.isArray(value) ? value : value.items;
}

/**
 * For platform admins: every webhook subscription with the public event types it receives and a
 * secret rotation (the new secret shown once), and deliveries given up on, to send again.
 */
export function WebhooksPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const loaded = useLoad(async (client) => {
    const [subscriptions, dead] = await Promise.all([
      client.get<WebhookSubscription[] | PageOf<WebhookSubscription>>(
        '/notifications/webhooks/subscriptions',
      ),
      client.get<Delivery[] | PageOf<Delivery>>('/notifications/webhooks/dead-letters'),
    ]);
    return { subscriptions: items(subscriptions), dead: items(dead) };
  }, 'webhooks');
  async function replay(id: string, reload: () => void): Promise<void> {
    setFailure(null);
    try {
      await api.send('POST', `/notifications/webhooks/dead-letters/${id}/replay`);
      reload();
    } catch (error) {
      setFailure(error);
    }
  }
  return (
    <section aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">{t('Webhooks', 'Webhooks')}</h2>
      <Await loaded={loaded}>
        {({ subscriptions, dead }, reload) => (
          <>
            {subscriptions.length === 0 ? (
              <p>{t('Ingen abonnementer.', 'No subscriptions.')}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">
                    {t('Webhook-abonnementer', 'Webhook subscriptions')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('Adresse', 'URL')}</th>
                      <th scope="col">{t('Klient', 'Client')}</th>
                      <th scope="col">{t('Hændelser', 'Events')}</th>
                      <th scope="col">{t('Status', 'Status')}</th>
                      <th scope="col">{t('Ændr', 'Change')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {subscriptions.map((subscription) => (
                      <tr key={subscription.id}>
                        <th scope="row">{subscription.url}</th>
                        <td>{subscription.ownerClientId}</td>
                        <td>{subscription.eventTypes.join(', ')}</td>
                        <td>
                          {subscription.enabled
                            ? t('Aktiv', 'Enabled')
                            : `${t('Slået fra', 'Disabled')}: ${subscription.disabledReason ?? ''}`}
                        </td>
                        <td>
                          <WebhookSubscriptionEditor subscription={subscription} onChanged={reload} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <h3>{t('Opgivne leveringer', 'Deliveries given up on')}</h3>
            {dead.length === 0 ? (
              <p>{t('Ingen.', 'None.')}</p>
            ) : (
              <ul>
                {dead.map((delivery) => (
                  <li key={delivery.id}>
                    {delivery.eventType} · <StatusBadge status="returned" label={delivery.status} /> ·{' '}
                    {delivery.lastError ?? delivery.lastStatusCode ?? ''}{' '}
                    <button type="button" onClick={() => void replay(delivery.id, reload)}>
                      {t('Send igen', 'Send again')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Await>
      {failure !== null && <ErrorMessage error={failure} />}
    </section>
  );
}
