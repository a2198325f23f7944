import { z } from 'zod';
import { PUBLIC_EVENT_TYPES } from './public-events.js';

/** An opaque position in the event feed; later events have greater cursors. */
export const feedCursorSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'a cursor from an earlier answer');

function commaList<T extends z.ZodType<string, string>>(item: T) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1).max(50));
}

export const feedQuerySchema = z.object({
  /** Return events after this cursor; without it, from the oldest event still retained. */
  after: feedCursorSchema.optional(),
  /** Comma-separated public event types. */
  type: commaList(
    z.string().refine((type) => PUBLIC_EVENT_TYPES.includes(type), 'not a public event type'),
  ).optional(),
  /** Comma-separated programme ids (must be granted to the client). */
  programme: commaList(z.uuid()).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Long polling: wait up to this many seconds for an event when none is there yet. */
  wait: z.coerce.number().int().min(0).max(30).default(0),
});

export type FeedQuery = z.infer<typeof feedQuerySchema>;

/** The server-sent event stream takes the same filters; it waits by itself. */
export const feedStreamQuerySchema = feedQuerySchema.omit({ wait: true });

export type FeedStreamQuery = z.infer<typeof feedStreamQuerySchema>;

export const feedEventSchema = z.object({
  cursor: feedCursorSchema,
  id: z.uuid(),
  type: z.string(),
  source: z.string(),
  time: z.iso.datetime({ offset: true }),
  subject: z.string(),
  programmeId: z.uuid().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export type FeedEvent = z.infer<typeof feedEventSchema>;

export const feedPageSchema = z.object({
  events: z.array(feedEventSchema),
  /** Pass as `after` to continue; equals the request's cursor when nothing new was found. */
  next: feedCursorSchema.nullable(),
  /** The oldest position still retained: a cursor before it gets 410. */
  horizon: feedCursorSchema.nullable(),
});

export type FeedPage = z.infer<typeof feedPageSchema>;

/** Keycloak client ids of integrations. */
export const integrationClientIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{2,99}$/, 'a Keycloak client id (lower case letters, digits, . _ -)');

export const feedGrantSchema = z.object({
  clientId: integrationClientIdSchema,
  programmeId: z.uuid(),
  grantedAt: z.iso.datetime({ offset: true }),
});

export type FeedGrant = z.infer<typeof feedGrantSchema>;

export const listFeedGrantsQuerySchema = z.object({
  clientId: integrationClientIdSchema.optional(),
});

export const feedGrantListSchema = z.object({ items: z.array(feedGrantSchema) });
