import { z } from 'zod';
import { pageQuerySchema } from '../pagination.js';

/**
 * What a notification is about. Critical categories (reporting overdue to the backbone, a payment
 * held) cannot be muted or put in a digest; the others may be muted per channel or sent in a
 * daily or weekly digest by e-mail. Append new categories at the end: signed unsubscribe links
 * name categories by their position here (apps/notifications/src/unsubscribe/unsubscribe.rules.ts).
 */
export const NOTIFICATION_CATEGORIES = {
  'reporting-reminder': { critical: false },
  'reporting-overdue': { critical: true },
  'submission-review': { critical: false },
  'programme-membership': { critical: false },
  'grant-update': { critical: false },
  'payment-held': { critical: true },
  announcement: { critical: false },
  governance: { critical: false },
  learning: { critical: false },
} as const satisfies Record<string, { critical: boolean }>;

export type NotificationCategory = keyof typeof NOTIFICATION_CATEGORIES;
export const NOTIFICATION_CATEGORY_NAMES = Object.keys(NOTIFICATION_CATEGORIES) as [
  NotificationCategory,
  ...NotificationCategory[],
];
export const notificationCategorySchema = z.enum(NOTIFICATION_CATEGORY_NAMES);

export function isCriticalCategory(category: NotificationCategory): boolean {
  return NOTIFICATION_CATEGORIES[category].critical;
}

export const DELIVERY_CHANNELS = ['email', 'in-app', 'webhook'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const NOTIFICATION_LANGUAGES = ['da', 'en'] as const;
export const notificationLanguageSchema = z.enum(NOTIFICATION_LANGUAGES);
export type NotificationLanguage = z.infer<typeof notificationLanguageSchema>;

export const inboxQuerySchema = pageQuerySchema.extend({
  unread: z.enum(['true', 'false']).optional(),
  category: notificationCategorySchema.optional(),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

/**
 * What a notification is about, so that the portal can link to it: a programme, one of its reporting
 * periods, or an award. Null for notifications kept before this was recorded.
 */
export const NOTIFICATION_SUBJECT_KINDS = ['programme', 'reporting-period', 'award', 'announcement'] as const;
export const notificationAboutSchema = z.object({ kind: z.enum(NOTIFICATION_SUBJECT_KINDS), id: z.uuid() });
export type NotificationAbout = z.infer<typeof notificationAboutSchema>;

export const inboxItemSchema = z.object({
  id: z.uuid(),
  category: notificationCategorySchema,
  critical: z.boolean(),
  eventType: z.string(),
  programmeId: z.uuid().nullable(),
  organisationId: z.uuid(),
  language: notificationLanguageSchema,
  title: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
  about: notificationAboutSchema.nullable(),
});
export type InboxItemDto = z.infer<typeof inboxItemSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int().nonnegative() });
export const markedReadSchema = z.object({ marked: z.number().int().nonnegative() });

export const EMAIL_SETTINGS = ['on', 'off', 'digest'] as const;
export const IN_APP_SETTINGS = ['on', 'off'] as const;

export const categoryPreferenceSchema = z.object({
  category: notificationCategorySchema,
  critical: z.boolean(),
  email: z.enum(EMAIL_SETTINGS),
  inApp: z.enum(IN_APP_SETTINGS),
});

export const DIGEST_FREQUENCIES = ['daily', 'weekly'] as const;

/** When a person's digest goes out: every day, or once a week on an ISO weekday (1 Monday … 7 Sunday). */
export const digestScheduleSchema = z.object({
  frequency: z.enum(DIGEST_FREQUENCIES),
  weekday: z.number().int().min(1).max(7),
});
export type DigestSchedule = z.infer<typeof digestScheduleSchema>;

export const preferencesSchema = z.object({
  language: notificationLanguageSchema,
  email: z.string().nullable(),
  digest: digestScheduleSchema,
  categories: z.array(categoryPreferenceSchema),
});
export type PreferencesDto = z.infer<typeof preferencesSchema>;

/** A partial change: only the categories and channels named are changed. */
export const updatePreferencesSchema = z
  .object({
    language: notificationLanguageSchema.optional(),
    digest: digestScheduleSchema.partial().strict().optional(),
    categories: z
      .partialRecord(
        notificationCategorySchema,
        z
          .object({ email: z.enum(EMAIL_SETTINGS).optional(), inApp: z.enum(IN_APP_SETTINGS).optional() })
          .strict(),
      )
      .optional(),
  })
  .strict();
export type UpdatePreferences = z.infer<typeof updatePreferencesSchema>;

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'held', 'digested', 'dead'] as const;
export const deliveryStatusSchema = z.enum(DELIVERY_STATUSES);

export const deliveryAttemptSchema = z.object({
  attempt: z.number().int().positive(),
  at: z.iso.datetime({ offset: true }),
  durationMs: z.number().int().nonnegative(),
  outcome: z.enum(['delivered', 'failed']),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
});

export const deliverySchema = z.object({
  id: z.uuid(),
  channel: z.enum(DELIVERY_CHANNELS),
  status: deliveryStatusSchema,
  eventId: z.uuid().nullable(),
  eventType: z.string().nullable(),
  category: notificationCategorySchema.nullable(),
  subscriptionId: z.uuid().nullable(),
  language: notificationLanguageSchema.nullable(),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.iso.datetime({ offset: true }).nullable(),
  lastError: z.string().nullable(),
  lastStatusCode: z.number().int().nullable(),
  replays: z.number().int().nonnegative(),
  createdAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  deadAt: z.iso.datetime({ offset: true }).nullable(),
  attemptLog: z.array(deliveryAttemptSchema),
});
export type DeliveryDto = z.infer<typeof deliverySchema>;

export const listDeliveriesQuerySchema = pageQuerySchema.extend({
  eventId: z.uuid().optional(),
  channel: z.enum(DELIVERY_CHANNELS).optional(),
  status: deliveryStatusSchema.optional(),
});
export type ListDeliveriesQuery = z.infer<typeof listDeliveriesQuerySchema>;

export const templatePreviewQuerySchema = z.object({ language: z.string().min(1).max(20) });
export const templatePreviewSchema = z.object({
  template: z.string(),
  language: notificationLanguageSchema,
  subject: z.string(),
  body: z.string(),
});

/** Dead e-mails to send again: those given up on at or after `since`. */
export const replayEmailsSinceSchema = z.object({ since: z.iso.datetime({ offset: true }) }).strict();
export type ReplayEmailsSince = z.infer<typeof replayEmailsSinceSchema>;
