import { HttpException } from '@nestjs/common';
import type { Principal } from '@samvirke/auth';
import type { FeedEvent, FeedQuery } from '@samvirke/contracts';
import { ValidationFailed } from '@samvirke/platform';

/** Cursors are opaque to clients; inside they are feed positions (greater is later). */
export function encodeCursor(position: bigint | string | number): string {
  return Buffer.from(`f1:${String(position)}`, 'utf8').toString('base64url');
}

/** The position inside a cursor, or undefined when the text is not one of ours. */
export function decodeCursor(cursor: string): bigint | undefined {
  const match = /^f1:(0|[1-9]\d{0,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] === undefined ? undefined : BigInt(match[1]);
}

/** The position to read after: before the first entry without a cursor, else the cursor's. */
export function positionAfter(after: string | undefined): bigint {
  if (after === undefined) return -1n;
  const position = decodeCursor(after);
  if (position === undefined) {
    throw new ValidationFailed([{ pointer: '/after', detail: 'not a cursor this feed gave out' }]);
  }
  return position;
}

/** A cursor older than the retention horizon is gone (410), with the horizon to continue from. */
export function assertWithinHorizon(
  query: Pick<FeedQuery, 'after'>,
  after: bigint,
  horizon: bigint,
  retentionDays: number,
): void {
  if (query.after === undefined || after >= horizon) return;
  throw new HttpException(
    {
      type: 'https://samvirke.dk/problems/feed-horizon',
      title: 'Gone',
      detail: `Events up to this cursor's successors were removed after ${retentionDays} days. Continue from the horizon (and rebuild what you derived from the lost events).`,
      horizon: encodeCursor(horizon),
      errors: [{ pointer: '/after', detail: 'older than the retention horizon' }],
    },
    410,
  );
}

/**
 * Where the next page starts: after the last event of a full page, else at the head the page
 * was read against (nothing before it is still to come), never before where this page started.
 */
export function nextPosition(
  positions: readonly bigint[],
  limit: number,
  head: bigint,
  after: bigint,
): bigint {
  const last = positions.length === limit ? positions.at(-1) : undefined;
  return last ?? (head > after ? head : after);
}

/** The cursor of a position; null before the first event of an empty feed. */
export function cursorOf(position: bigint): string | null {
  return position < 0n ? null : encodeCursor(position);
}

/**
 * Why the feed ended an event stream; sent as the stream's last event, `event: closed`, so a
 * client can tell "get a new token" and "ask for access again" from a network error.
 */
export type StreamCloseReason = 'token-expired' | 'access-revoked' | 'shutting-down';

const CLOSE_DETAILS: Record<StreamCloseReason, string> = {
  'token-expired': 'The access token expired; reconnect with a new token and Last-Event-ID.',
  'access-revoked': 'A programme this stream reads is no longer granted to this client.',
  'shutting-down': 'The event feed is shutting down; reconnect with Last-Event-ID.',
};

/** The first lines of a stream: how long a client waits before reconnecting. */
export const STREAM_PREAMBLE = 'retry: 2000\n\n';

/** A comment that keeps an idle connection open. */
export const KEEP_ALIVE_COMMENT = ': keep-alive\n\n';

/** One event as a server-sent event; its id is the cursor, so Last-Event-ID resumes after it. */
export function eventFrame(event: FeedEvent): string {
  return `id: ${event.cursor}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** The stream's final event. */
export function closedEvent(reason: StreamCloseReason): string {
  return `event: closed\ndata: ${JSON.stringify({ reason, detail: CLOSE_DETAILS[reason] })}\n\n`;
}

/** Milliseconds until the token expires (zero or less: expired). */
export function untilExpiry(principal: Pick<Principal, 'expiresAt'>, now: number): number {
  return principal.expiresAt * 1_000 - now;
}
