import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ScheduledJob } from '@samvirke/persistence';
import { FEED_CONFIG, type FeedConfig } from '../config.js';
import { retentionCutoff } from './housekeeping.rules.js';
import { pruneEntriesBefore } from './housekeeping.store.js';

const PRUNE_EVERY_MS = 60 * 60 * 1_000;

/** Hourly (and at start): entries older than FEED_RETENTION_DAYS go, and the horizon moves. */
@Injectable()
export class RetentionScheduler extends ScheduledJob<number> {
  private readonly logger = new Logger(RetentionScheduler.name);

  constructor(
    dataSource: DataSource,
    @Inject(FEED_CONFIG) private readonly config: FeedConfig,
  ) {
    super(dataSource, { name: 'feed-retention', everyMs: PRUNE_EVERY_MS, runAtStart: true });
  }

  /** One round as of `now`: the number of entries removed (tests, and the timer). */
  protected async round(manager: EntityManager, now: Date): Promise<number> {
    const removed = await pruneEntriesBefore(manager, retentionCutoff(now, this.config.FEED_RETENTION_DAYS));
    if (removed > 0) this.logger.log({ msg: 'feed entries past retention removed', removed });
    return removed;
  }
}
