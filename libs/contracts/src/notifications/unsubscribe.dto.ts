import { z } from 'zod';
import { notificationCategorySchema } from './notification.dto.js';

/**
 * What a signed unsubscribe link stands for: the categories whose e-mails it turns off for the one
 * address it was made for (never shown), and until when it works.
 */
export const unsubscribeLinkSchema = z.object({
  categories: z.array(notificationCategorySchema).min(1),
  expiresAt: z.iso.datetime({ offset: true }),
  /** Whether every category of the link is already off for the address. */
  unsubscribed: z.boolean(),
});
export type UnsubscribeLinkDto = z.infer<typeof unsubscribeLinkSchema>;

/** The token of an unsubscribe link as it appears in the address: version, payload and HMAC. */
export const unsubscribeTokenSchema = z
  .string()
  .max(100)
  .regex(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
