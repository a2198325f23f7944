import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@samvirke/contracts';
import { webhookBody, webhookDedupeKey } from './webhooks.rules.js';
import { insertWebhookDelivery, matchingSubscriptions } from './webhooks.store.js';

/**
 * Queues a public event for every enabled subscription for its type whose owner may see the
 * programme, in the consumer's transaction; the delivery worker sends it. Once per
 * (event, subscription), however often the event is delivered.
 */
@Injectable()
export class WebhookQueue {
  async queue(event: CloudEvent, data: unknown, manager: EntityManager): Promise<void> {
    const subscriptions = await matchingSubscriptions(manager, event.type, event.programmeid ?? null);
    const body = webhookBody(event, data);
    for (const subscriptionId of subscriptions) {
      await insertWebhookDelivery(manager, {
        dedupeKey: webhookDedupeKey(event.id, subscriptionId),
        subscriptionId,
        eventId: event.id,
        eventType: event.type,
        body,
      });
    }
  }
}
