import { HttpException, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { hasRole, type Principal } from '@samvirke/auth';
import type { FeedEvent, FeedPage, FeedQuery, PublicEventDefinition } from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { decodeCursor, encodeCursor } from './feed-cursor.js';
import { FeedNotifier } from './feed-notifier.js';
import { FEED_CONFIG, type FeedConfig } from './feed.config.js';
import { FeedGrantsService } from './feed-grants.service.js';
import { streamAccessLost, type StreamCloseReason } from './feed-streams.js';

interface EntryRow {
  position: string;
  event_id: string;
  event_type: string;
  source: string;
  subject: string;
  programme_id: string | null;
  time: Date;
  data: Record<string, unknown>;
}

/** Re-check at least this often while long polling, in case a NOTIFY was missed. */
const POLL_FALLBACK_MS = 1_000;
/** Server-sent event streams send a comment this often when nothing happens. */
const KEEP_ALIVE_MS = 15_000;

@Injectable()
export class FeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly notifier: FeedNotifier,
    private readonly grants: FeedGrantsService,
    @Inject(FEED_CONFIG) private readonly config: FeedConfig,
  ) {}

  /**
   * Records a public event in the caller's transaction: through the outbox (the relay publishes
   * it to its public topic) and as the next feed entry. The sequence row is locked first, so
   * concurrent transactions commit their positions in order.
   */
  async publish<D extends PublicEventDefinition>(
    manager: EntityManager,
    definition: D,
    data: z.input<D['schema']>,
    options: { subject: string; programmeId?: string },
  ): Promise<void> {
    const [[row]] = await manager.query<[[{ position: string }], number]>(
      `UPDATE feed_sequence SET last_position = last_position + 1 WHERE id = 1 RETURNING last_position::text AS position`,
    );
    if (!row) throw new Error('feed_sequence is empty: the gateway database is not migrated');
    const event = await this.outbox.record(manager, definition, data, options);
    await manager.query(
      `INSERT INTO feed_entry (position, event_id, event_type, source, subject, programme_id, time, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        row.position,
        event.id,
        event.type,
        event.source,
        event.subject,
        options.programmeId ?? null,
        event.time,
        JSON.stringify(event.data),
      ],
    );
  }

  async read(principal: Principal, query: FeedQuery): Promise<FeedPage> {
    const { after, programmes, horizon } = await this.open(principal, query);
    const deadline = Date.now() + query.wait * 1_000;
    for (;;) {
      const page = await this.page(after, programmes, query);
      const remaining = deadline - Date.now();
      if (page.events.length > 0 || remaining <= 0) return { ...page, horizon: encodeCursor(horizon) };
      await this.notifier.waitForEntries(Math.min(remaining, POLL_FALLBACK_MS));
    }
  }

  /**
   * Server-sent events: checks the caller and cursor like read() (errors before the stream
   * starts), then writes each event as it is recorded until `isOpen` says the client left.
   * `onIdle` runs about every 15 s without events (a keep-alive comment). Access is checked
   * again before every batch (at least every second): when the token expires or a programme the
   * stream reads is no longer granted, `close` is called with the reason and the stream ends.
   */
  async follow(
    principal: Principal,
    query: Omit<FeedQuery, 'wait'>,
    sink: {
      start(): void;
      event(event: FeedEvent): void;
      idle(): void;
      isOpen(): boolean;
      close(reason: StreamCloseReason): void;
    },
  ): Promise<void> {
    const opened = await this.open(principal, { ...query, wait: 0 });
    let after = opened.after;
    sink.start();
    let idleSince = Date.now();
    while (sink.isOpen()) {
      const refused = await streamAccessLost(principal, opened.programmes, this.grants);
      if (refused) {
        sink.close(refused);
        return;
      }
      const page = await this.page(after, opened.programmes, { ...query, wait: 0 });
      for (const event of page.events) sink.event(event);
      const next = page.next === null ? undefined : decodeCursor(page.next);
      if (next !== undefined) after = next;
      if (page.events.length > 0) {
        idleSince = Date.now();
        continue;
      }
      if (Date.now() - idleSince >= KEEP_ALIVE_MS) {
        sink.idle();
        idleSince = Date.now();
      }
      // Wake at the token's expiry at the latest, so the stream ends then and not a second later.
      const untilExpiry = principal.expiresAt * 1_000 - Date.now();
      await this.notifier.waitForEntries(Math.max(0, Math.min(POLL_FALLBACK_MS, untilExpiry)));
    }
  }

  private async open(
    principal: Principal,
    query: FeedQuery,
  ): Promise<{ after: bigint; programmes: string[] | undefined; horizon: bigint }> {
    const after = this.after(query);
    const programmes = await this.visibleProgrammes(principal, query);
    const horizon = await this.horizon();
    if (query.after !== undefined && after < horizon) {
      throw new HttpException(
        {
          type: 'https://samvirke.dk/problems/feed-horizon',
          title: 'Gone',
          detail: `Events up to this cursor's successors were removed after ${this.config.FEED_RETENTION_DAYS} days. Continue from the horizon (and rebuild what you derived from the lost events).`,
          horizon: encodeCursor(horizon),
          errors: [{ pointer: '/after', detail: 'older than the retention horizon' }],
        },
        410,
      );
    }
    return { after, programmes, horizon };
  }

  /** Removes entries recorded before `cutoff` (a prefix of the feed) and moves the horizon. */
  async prune(cutoff: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [bound] = await manager.query<{ position: string | null }[]>(
        `SELECT max(position)::text AS position FROM feed_entry WHERE recorded_at < $1`,
        [cutoff],
      );
      if (!bound?.position) return 0;
      const deleted = await manager.query<[unknown[], number]>(
        `DELETE FROM feed_entry WHERE position <= $1`,
        [bound.position],
      );
      await manager.query(
        `UPDATE feed_horizon SET pruned_through = GREATEST(pruned_through, $1) WHERE id = 1`,
        [bound.position],
      );
      return deleted[1];
    });
  }

  private after(query: FeedQuery): bigint {
    if (query.after === undefined) return -1n;
    const position = decodeCursor(query.after);
    if (position === undefined) {
      throw new ValidationFailed([{ pointer: '/after', detail: 'not a cursor this feed gave out' }]);
    }
    return position;
  }

  private async horizon(): Promise<bigint> {
    const [row] = await this.dataSource.query<{ pruned_through: string }[]>(
      `SELECT pruned_through::text AS pruned_through FROM feed_horizon WHERE id = 1`,
    );
    return BigInt(row?.pruned_through ?? '0');
  }

  /**
   * The programmes this caller may read (undefined: all, for platform admins), narrowed to the
   * `programme` filter. Asking for a programme that was not granted is refused, not silently empty.
   */
  private async visibleProgrammes(principal: Principal, query: FeedQuery): Promise<string[] | undefined> {
    if (hasRole(principal, 'platform-admin')) return query.programme;
    const rows = await this.dataSource.query<{ programme_id: string }[]>(
      `SELECT programme_id FROM feed_grant WHERE client_id = $1`,
      [principal.clientId ?? ''],
    );
    const granted = new Set(rows.map((row) => row.programme_id));
    if (!query.programme) return [...granted];
    const refused = query.programme.filter((id) => !granted.has(id));
    if (refused.length > 0) {
      throw new DomainError(
        'forbidden',
        `This client is not granted programme(s) ${refused.join(', ')}; a platform admin grants them.`,
        [{ pointer: '/programme', detail: `not granted: ${refused.join(', ')}` }],
      );
    }
    return query.programme;
  }

  private async page(
    after: bigint,
    programmes: string[] | undefined,
    query: FeedQuery,
  ): Promise<Omit<FeedPage, 'horizon'>> {
    // One statement, one snapshot: the head read here bounds what the filtered scan has seen.
    const rows = await this.dataSource.query<(EntryRow & { head: string })[]>(
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
      [after.toString(), query.type ?? null, programmes ?? null, query.programme === undefined, query.limit],
    );
    const head = BigInt(rows[0]?.head ?? '0');
    const events: FeedEvent[] = rows
      .filter((row) => row.position !== null)
      .map((row) => ({
        cursor: encodeCursor(row.position),
        id: row.event_id,
        type: row.event_type,
        source: row.source,
        subject: row.subject,
        programmeId: row.programme_id,
        time: row.time.toISOString(),
        data: row.data,
      }));
    const last = events.length === query.limit ? BigInt(rows[rows.length - 1]?.position ?? '0') : undefined;
    const next = last ?? (head > after ? head : after);
    return { events, next: next < 0n ? null : encodeCursor(next) };
  }
}
