import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hasRole, type Principal } from '@samvirke/auth';
import type { FeedEvent, FeedPage, FeedQuery } from '@samvirke/contracts';
import { FEED_CONFIG, type FeedConfig } from '../config.js';
import { GrantsService } from '../grants/grants.service.js';
import {
  assertWithinHorizon,
  cursorOf,
  encodeCursor,
  nextPosition,
  positionAfter,
  untilExpiry,
  type StreamCloseReason,
} from './events.rules.js';
import { readEntries, readHorizon } from './events.store.js';
import { FeedNotifier } from './feed-notifier.js';

/** Re-check at least this often while long polling, in case a NOTIFY was missed. */
const POLL_FALLBACK_MS = 1_000;
/** Server-sent event streams send a comment this often when nothing happens. */
const KEEP_ALIVE_MS = 15_000;

/** Where a stream's events go; the controller writes them as server-sent events. */
export interface EventSink {
  start(): void;
  event(event: FeedEvent): void;
  idle(): void;
  isOpen(): boolean;
  close(reason: StreamCloseReason): void;
}

interface Opened {
  readonly after: bigint;
  readonly programmes: string[] | undefined;
  readonly horizon: bigint;
}

interface Page {
  readonly events: FeedEvent[];
  readonly next: bigint;
}

@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: FeedNotifier,
    private readonly grants: GrantsService,
    @Inject(FEED_CONFIG) private readonly config: FeedConfig,
  ) {}

  async read(principal: Principal, query: FeedQuery): Promise<FeedPage> {
    const { after, programmes, horizon } = await this.open(principal, query);
    const deadline = Date.now() + query.wait * 1_000;
    for (;;) {
      const { events, next } = await this.page(after, programmes, query);
      const remaining = deadline - Date.now();
      if (events.length > 0 || remaining <= 0) {
        return { events, next: cursorOf(next), horizon: encodeCursor(horizon) };
      }
      await this.notifier.waitForEntries(Math.min(remaining, POLL_FALLBACK_MS));
    }
  }

  /**
   * Server-sent events: checks the caller and cursor like read() (errors before the stream
   * starts), then writes each event as it is recorded until `isOpen` says the client left.
   * `idle` runs about every 15 s without events (a keep-alive comment). Access is checked again
   * before every batch (at least every second): when the token expires or a programme the stream
   * reads is no longer granted, `close` is called with the reason and the stream ends.
   */
  async follow(principal: Principal, query: Omit<FeedQuery, 'wait'>, sink: EventSink): Promise<void> {
    const opened = await this.open(principal, { ...query, wait: 0 });
    let after = opened.after;
    sink.start();
    let idleSince = Date.now();
    while (sink.isOpen()) {
      const refused = await this.accessLost(principal, opened.programmes);
      if (refused) return sink.close(refused);
      const page = await this.page(after, opened.programmes, { ...query, wait: 0 });
      for (const event of page.events) sink.event(event);
      after = page.next;
      if (page.events.length > 0) {
        idleSince = Date.now();
        continue;
      }
      if (Date.now() - idleSince >= KEEP_ALIVE_MS) {
        sink.idle();
        idleSince = Date.now();
      }
      // Wake at the token's expiry at the latest, so the stream ends then and not a second later.
      const wait = Math.min(POLL_FALLBACK_MS, untilExpiry(principal, Date.now()));
      await this.notifier.waitForEntries(Math.max(0, wait));
    }
  }

  private async open(principal: Principal, query: FeedQuery): Promise<Opened> {
    const after = positionAfter(query.after);
    const programmes = await this.grants.visibleProgrammes(principal, query.programme);
    const horizon = await readHorizon(this.dataSource.manager);
    assertWithinHorizon(query, after, horizon, this.config.FEED_RETENTION_DAYS);
    return { after, programmes, horizon };
  }

  /**
   * Why a stream opened for these programmes may no longer be read, if it may not: the token's
   * `exp` has passed, or (for integration clients) one of them is no longer in the feed's grants.
   */
  private async accessLost(
    principal: Principal,
    programmes: readonly string[] | undefined,
  ): Promise<StreamCloseReason | undefined> {
    if (untilExpiry(principal, Date.now()) <= 0) return 'token-expired';
    if (hasRole(principal, 'platform-admin') || !programmes?.length) return undefined;
    const granted = await this.grants.allGranted(principal.clientId ?? '', programmes);
    return granted ? undefined : 'access-revoked';
  }

  private async page(after: bigint, programmes: string[] | undefined, query: FeedQuery): Promise<Page> {
    const { events, positions, head } = await readEntries(this.dataSource.manager, {
      after,
      types: query.type,
      programmes,
      withoutProgramme: query.programme === undefined,
      limit: query.limit,
    });
    return { events, next: nextPosition(positions, query.limit, head, after) };
  }
}
