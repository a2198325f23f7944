import type { Page as PageOf } from '@samvirke/contracts';
import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { Await, ErrorMessage, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { usePortal, useLoad } from '../portal-context.js';
import type { Delivery, WebhookSubscription } from './notification-types.js';
import { WebhookSubscriptionEditor } from './webhook-subscription-editor.js';
import { TableWrap } from '../components/table-wrap.js';

function items<T>(value: T[] | PageOf<T>): T[] {
  return Array.isArray(value) ? value : value.items;
}

async function loadWebhooks(client: ApiClient) {
  const [subscriptions, dead] = await Promise.all([
    client.get<WebhookSubscription[] | PageOf<WebhookSubscription>>('/notifications/webhooks/subscriptions'),
    client.get<Delivery[] | PageOf<Delivery>>('/notifications/webhooks/dead-letters'),
  ]);
  return { subscriptions: items(subscriptions), dead: items(dead) };
}

/** Sends a delivery given up on again; reloads after, and keeps an error to show. */
function useReplay() {
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  async function replay(id: string, reload: () => void): Promise<void> {
    setFailure(null);
    try {
      await api.send('POST', `/notifications/webhooks/dead-letters/${id}/replay`);
      reload();
    } catch (error) {
      setFailure(error);
    }
  }
  return { failure, replay };
}

/**
 * For platform admins: every webhook subscription with the public event types it receives and a
 * secret rotation (the new secret shown once), and deliveries given up on, to send again.
 */
export function WebhooksPanel() {
  const { t } = useI18n();
  const { failure, replay } = useReplay();
  const loaded = useLoad(loadWebhooks, 'webhooks');
  return (
    <section aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">{t('Webhooks', 'Webhooks')}</h2>
      <Await loaded={loaded}>
        {({ subscriptions, dead }, reload) => (
          <>
            <Subscriptions subscriptions={subscriptions} onChanged={reload} />
            <DeadLetters dead={dead} onReplay={(id) => void replay(id, reload)} />
          </>
        )}
      </Await>
      {failure !== null && <ErrorMessage error={failure} />}
    </section>
  );
}

function Subscriptions({
  subscriptions,
  onChanged,
}: {
  subscriptions: WebhookSubscription[];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  if (subscriptions.length === 0) return <p>{t('Ingen abonnementer.', 'No subscriptions.')}</p>;
  return (
    <TableWrap label={t('Webhook-abonnementer', 'Webhook subscriptions')}>
      <table className="stack">
        <caption className="visually-hidden">{t('Webhook-abonnementer', 'Webhook subscriptions')}</caption>
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
            <SubscriptionRow key={subscription.id} subscription={subscription} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function SubscriptionRow({
  subscription,
  onChanged,
}: {
  subscription: WebhookSubscription;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  return (
    <tr>
      <th scope="row">{subscription.url}</th>
      <td data-label={t('Klient', 'Client')}>{subscription.ownerClientId}</td>
      <td data-label={t('Hændelser', 'Events')}>{subscription.eventTypes.join(', ')}</td>
      <td data-label={t('Status', 'Status')}>
        {subscription.enabled
          ? t('Aktiv', 'Enabled')
          : `${t('Slået fra', 'Disabled')}: ${subscription.disabledReason ?? ''}`}
      </td>
      <td data-label={t('Ændr', 'Change')}>
        <WebhookSubscriptionEditor subscription={subscription} onChanged={onChanged} />
      </td>
    </tr>
  );
}

function DeadLetters({ dead, onReplay }: { dead: Delivery[]; onReplay: (id: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <h3>{t('Opgivne leveringer', 'Deliveries given up on')}</h3>
      {dead.length === 0 ? (
        <p>{t('Ingen.', 'None.')}</p>
      ) : (
        <ul>
          {dead.map((delivery) => (
            <li key={delivery.id}>
              {delivery.eventType} ·{' '}
              <StatusBadge status="returned" label={statusName(i18n, delivery.status)} /> ·{' '}
              {delivery.lastError ?? delivery.lastStatusCode ?? ''}{' '}
              <button type="button" onClick={() => onReplay(delivery.id)}>
                {t('Send igen', 'Send again')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
