import { z } from 'zod';

/**
 * A person's calendar feed: an iCalendar (RFC 5545) address with a private token that a calendar
 * program (Outlook, Google Calendar, Apple Calendar) subscribes to. The token is shown once, when
 * the feed is made or renewed; renewing or stopping it makes the old address answer 404.
 */
export const calendarFeedSchema = z.object({
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }).nullable(),
});
export type CalendarFeedDto = z.infer<typeof calendarFeedSchema>;

export const calendarFeedWithTokenSchema = z.object({
  active: z.literal(true),
  createdAt: z.iso.datetime({ offset: true }),
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  /** The address to subscribe to, through the gateway: /api/notifications/calendar/feeds/{token}. */
  path: z.string(),
});
export type CalendarFeedWithToken = z.infer<typeof calendarFeedWithTokenSchema>;

export const CALENDAR_ENTRY_KINDS = ['reporting-deadline', 'grant-call-deadline', 'meeting'] as const;
export type CalendarEntryKind = (typeof CALENDAR_ENTRY_KINDS)[number];
