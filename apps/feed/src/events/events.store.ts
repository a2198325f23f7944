import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { FeedEvent } from '@samvirke/contracts';
import { encodeCursor } from './events.rules.js';

/** The channel the feed_entry trigger notifies on commit (payload: the schema written to). */
const ENTRIES_CHANNEL = 'samvirke_feed';

interface EntryRow {
  position: string | null;
  event_id: string;
  event_type: string;
  source: string;
  subject: string;
  programme_id: string | null;
  time: Date;
  data: Record<string, unknown>;
  head: string;
}

export interface PageFilter {
  readonly after: bigint;
  readonly types: readonly string[] | undefined;
  /** The programmes to read; undefined: every programme (platform admins). */
  readonly programmes: readonly string[] | undefined;
  /** Whether entries without a programme (organisations) are included. */
  readonly withoutProgramme: boolean;
  readonly limit: number;
}

export interface EntryPage {
  readonly events: FeedEvent[];
  readonly positions: bigint[];
  /** The last position handed out when the page was read. */
  readonly head: bigint;
}

/** Up to `limit` entries after a position, and the head they were read against. */
export async function readEntries(manager: EntityManager, filter: PageFilter): Promise<EntryPage> {
  // One statement, one snapshot: the head read here bounds what the filtered scan has seen.
  const rows = await manager.query<EntryRow[]>(
    `WITH head AS (SELECT last_position FROM feed_sequence WHERE id = 1)
     SELECT e.position::text AS position, e.event_id, e.event_type, e.source, e.subject, e.programme_id,
            e.time, e.data, (SELECT last_position FROM head)::text AS head
     FROM (SELECT NULL) AS one
     LEFT JOIN LATERAL (
       SELECT * FROM feed_entry
       WHERE position > $1
         AND position <= (SELECT last_position FROM head)
         AND ($2::text[] IS NULL OR event_type = ANY ($2))
         AND (($3::uuid[] IS NULL AND $4) OR programme_id = ANY ($3) OR (programme_id IS NULL AND $4))
       ORDER BY position
       LIMIT $5
     ) AS e ON true`,
    [
      filter.after.toString(),
      filter.types ?? null,
      filter.programmes ?? null,
      filter.withoutProgramme,
      filter.limit,
    ],
  );
  const entries = rows.filter((row): row is EntryRow & { position: string } => row.position !== null);
  return {
    events: entries.map(toEvent),
    positions: entries.map((row) => BigInt(row.position)),
    head: BigInt(rows[0]?.head ?? '0'),
  };
}

function toEvent(row: EntryRow & { position: string }): FeedEvent {
  return {
    cursor: encodeCursor(row.position),
    id: row.event_id,
    type: row.event_type,
    source: row.source,
    subject: row.subject,
    programmeId: row.programme_id,
    time: row.time.toISOString(),
    data: row.data,
  };
}

/** The last position removed by retention: a cursor before it is gone. */
export async function readHorizon(manager: EntityManager): Promise<bigint> {
  const [row] = await manager.query<{ pruned_through: string }[]>(
    `SELECT pruned_through::text AS pruned_through FROM feed_horizon WHERE id = 1`,
  );
  return BigInt(row?.pruned_through ?? '0');
}

/** Subscribes a dedicated connection to the notifications of committed feed entries. */
export async function listenForEntries(client: pg.Client): Promise<void> {
  await client.query(`LISTEN ${ENTRIES_CHANNEL}`);
}
