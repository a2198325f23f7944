import type { DeliveryFilter } from '../deliveries/deliveries.store.js';
import type { SubscriptionScope } from './webhooks.rules.js';

export interface DeadLetterSelection {
  readonly since?: string;
  readonly subscriptionId?: string;
  /** Only the dead ones (default); a replay of one looks at any of the caller's webhook deliveries. */
  readonly deadOnly?: boolean;
}

/** Webhook deliveries of subscriptions in the scope (all of them for platform admins), as SQL over alias d. */
export function deadLetterFilter(
  scope: SubscriptionScope,
  { since, subscriptionId, deadOnly = true }: DeadLetterSelection,
): DeliveryFilter {
  const params: unknown[] = [scope.admin, scope.clientId];
  const where = [
    `d.channel = 'webhook'`,
    // Deliveries of internal events from before webhooks carried public events only are history.
    `d.event_type LIKE 'dk.samvirke.public.%'`,
    `($1 OR d.subscription_id IN (SELECT id FROM webhook_subscription WHERE owner_client_id = $2))`,
  ];
  if (deadOnly) where.push(`d.status = 'dead'`);
  if (since) {
    params.push(since);
    where.push(`d.dead_at >= $${params.length}`);
  }
  if (subscriptionId) {
    params.push(subscriptionId);
    where.push(`d.subscription_id = $${params.length}`);
  }
  return { where, params };
}

/** Only subscriptions that are enabled get their dead letters replayed in bulk. */
export function ofEnabledSubscriptions(filter: DeliveryFilter): DeliveryFilter {
  return {
    where: [...filter.where, `d.subscription_id IN (SELECT id FROM webhook_subscription WHERE enabled)`],
    params: filter.params,
  };
}
