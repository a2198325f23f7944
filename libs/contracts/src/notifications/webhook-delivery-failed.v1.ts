import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const WEBHOOK_FAILURE_REASONS = ['attempts-exhausted', 'endpoint-gone', 'endpoint-disabled'] as const;

/** A webhook delivery was dead-lettered; it stays replayable through the API. */
export const webhookDeliveryFailedV1 = defineServiceEvent({
  type: 'dk.samvirke.notifications.webhook.delivery-failed.v1',
  aggregate: 'webhook-subscription',
  description:
    'A webhook delivery was given up (attempts exhausted, the endpoint answered 410 Gone, or the subscription is disabled) and is now a dead letter.',
  public: false,
  schema: z.object({
    deliveryId: z.uuid(),
    subscriptionId: z.uuid(),
    sourceEventId: z.uuid(),
    sourceEventType: z.string(),
    attempts: z.number().int().nonnegative(),
    lastStatusCode: z.number().int().nullable(),
    reason: z.enum(WEBHOOK_FAILURE_REASONS),
    failedAt: z.iso.datetime({ offset: true }),
  }),
});

export type WebhookDeliveryFailedV1 = z.infer<typeof webhookDeliveryFailedV1.schema>;
