import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { pruneInbox } from '../../inbox/inbox-pruner.js';
import type { MessagingConfig } from '../../messaging-config.js';
import { outboxBacklog } from '../../metrics.js';
import type { OutboxStore } from './outbox.store.js';

const PRUNE_EVERY_MS = 60 * 60 * 1_000;
const BACKLOG_COUNT_EVERY_MS = 5_000;

/**
 * What the publishing relay does besides publishing, beside its loop and never in its way: the
 * hourly prune of published outbox rows and of the inbox, and the backlog gauge.
 */
export class RelayHousekeeping {
  private readonly logger = new Logger('OutboxRelay');
  private lastPrune = 0;
  private backlogTimer: NodeJS.Timeout | undefined;
  /** The backlog count in flight, if any. */
  private backlogCount: Promise<void> | undefined;
  /** The inbox prune in flight, if any. */
  private inboxPrune: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: OutboxStore,
    private readonly config: MessagingConfig,
    private readonly isLeader: () => boolean,
    private readonly running: () => boolean,
  ) {}

  start(): void {
    this.backlogTimer = setInterval(() => this.updateBacklogGauge(), BACKLOG_COUNT_EVERY_MS);
    this.backlogTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.backlogTimer);
    await this.backlogCount;
    await this.inboxPrune;
  }

  /** Called by the leader after each drain: prunes once an hour. */
  async pruneIfDue(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await this.prune();
    // The inbox is pruned by the leader too (its lock makes it one pruner per service), beside
    // the publishing loop rather than in it: a first prune of a large inbox takes many batches.
    this.inboxPrune ??= this.pruneInbox()
      .then((deleted) => this.logger.log({ msg: 'inbox pruned', deleted }))
      .catch((error: unknown) => this.logger.warn({ msg: 'inbox prune failed', error: String(error) }))
      .finally(() => (this.inboxPrune = undefined));
  }

  prune(): Promise<number> {
    return this.store.prune(this.config.outboxRetentionHours);
  }

  /** Deletes inbox rows older than INBOX_RETENTION_DAYS, in batches; returns how many. */
  pruneInbox(): Promise<number> {
    return pruneInbox(this.dataSource, this.config.inboxRetentionDays, undefined, this.running);
  }

  /**
   * The leader counts every few seconds, on a pool connection beside the publishing loop: while
   * Kafka is away (when the backlog matters most) as well, and without holding up publishing. The
   * count visits every pending-index entry left by rows published since the last vacuum (9–14 ms
   * for 75,000 such rows on a quiet machine, measured); when the loop awaited it, every event
   * waiting behind it waited too (commit → Kafka ack p99 19 → 172 ms in the benchmark after
   * 65,000 events).
   */
  private updateBacklogGauge(): void {
    if (!this.isLeader() || this.backlogCount) return;
    this.backlogCount = this.store
      .backlog()
      .then((count) => outboxBacklog.set(count))
      .catch((error: unknown) =>
        this.logger.debug({ msg: 'outbox backlog count failed', error: String(error) }),
      )
      .finally(() => (this.backlogCount = undefined));
  }
}
