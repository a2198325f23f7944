import { z } from 'zod';
import { pageQuerySchema } from '../pagination.js';

export const createWebhookSubscriptionSchema = z
  .object({
    url: z.string().trim().min(1).max(2_000),
    /** Versioned public event types, e.g. dk.samvirke.grants.tranche.eligible.v1. */
    eventTypes: z.array(z.string().min(1).max(200)).min(1).max(100),
    /** Programmes to receive events of; empty means every programme the client's organisation is a member of. */
    programmeIds: z.array(z.uuid()).max(200).default([]),
    description: z.string().trim().max(500).default(''),
  })
  .strict();
export type CreateWebhookSubscription = z.infer<typeof createWebhookSubscriptionSchema>;

export const updateWebhookSubscriptionSchema = z
  .object({
    url: z.string().trim().min(1).max(2_000).optional(),
    eventTypes: z.array(z.string().min(1).max(200)).min(1).max(100).optional(),
    programmeIds: z.array(z.uuid()).max(200).optional(),
    description: z.string().trim().max(500).optional(),
    enabled: z.boolean().optional(),
  })
  .strict();
export type UpdateWebhookSubscription = z.infer<typeof updateWebhookSubscriptionSchema>;

export const webhookSubscriptionSchema = z.object({
  id: z.uuid(),
  ownerClientId: z.string(),
  url: z.string(),
  eventTypes: z.array(z.string()),
  programmeIds: z.array(z.uuid()),
  description: z.string(),
  enabled: z.boolean(),
  disabledReason: z.string().nullable(),
  previousSecretValidUntil: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type WebhookSubscriptionDto = z.infer<typeof webhookSubscriptionSchema>;

/** The answer to creating a subscription or rotating its secret: the only time the secret is shown. */
export const webhookSubscriptionWithSecretSchema = webhookSubscriptionSchema.extend({
  /**
   * The Standard Webhooks signing secret (whsec_ + base64). Shown in this answer only: it is
   * stored encrypted and no read returns it; keep it, or rotate to get a new one.
   */
  secret: z.string().regex(/^whsec_/),
});
export type WebhookSubscriptionWithSecretDto = z.infer<typeof webhookSubscriptionWithSecretSchema>;

export const rotateSecretSchema = z
  .object({
    /** How long the old secret keeps signing beside the new one (default 24 hours). */
    overlapSeconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 86_400)
      .default(86_400),
  })
  .strict()
  .prefault({});

export const deadLettersQuerySchema = pageQuerySchema.extend({
  since: z.iso.datetime({ offset: true }).optional(),
  subscriptionId: z.uuid().optional(),
});
export type DeadLettersQuery = z.infer<typeof deadLettersQuerySchema>;

export const replaySinceSchema = z
  .object({
    since: z.iso.datetime({ offset: true }),
    subscriptionId: z.uuid().optional(),
  })
  .strict();
export type ReplaySince = z.infer<typeof replaySinceSchema>;

export const replayedSchema = z.object({ replayed: z.number().int().nonnegative() });
