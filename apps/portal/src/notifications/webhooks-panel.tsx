import type { Page as PageOf } from '@samvirke/contracts';
import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { Table, type Column } from '../components/data-table.js';
import { Await, ErrorMessage, StatusBadge } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { usePortal, useLoad } from '../portal-context.js';
import type { Delivery, WebhookSubscription } from './notification-types.js';
import { WebhookSubscriptionEditor } from './webhook-subscription-editor.js';

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
    <Table
      label={t('Webhook-abonnementer', 'Webhook subscriptions')}
      stack
      columns={subscriptionColumns(t, onChanged)}
      rows={subscriptions}
      rowKey={(subscription) => subscription.id}
    />
  );
}

function subscriptionColumns(t: I18n['t'], onChanged: () => void): Column<WebhookSubscription>[] {
  return [
    { head: t('Adresse', 'URL'), cell: (subscription) => subscription.url },
    { head: t('Klient', 'Client'), cell: (subscription) => subscription.ownerClientId },
    { head: t('Hændelser', 'Events'), cell: (subscription) => subscription.eventTypes.join(', ') },
    {
      head: t('Status', 'Status'),
      cell: (subscription) =>
        subscription.enabled
          ? t('Aktiv', 'Enabled')
          : `${t('Slået fra', 'Disabled')}: ${subscription.disabledReason ?? ''}`,
    },
    {
      head: t('Ændr', 'Change'),
      cell: (subscription) => <WebhookSubscriptionEditor subscription={subscription} onChanged={onChanged} />,
    },
  ];
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
