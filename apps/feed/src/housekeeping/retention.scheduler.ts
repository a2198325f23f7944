import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IntervalJob, type RoundOutcome } from '@samvirke/persistence';
import { FEED_CONFIG, type FeedConfig } from '../config.js';
import { retentionCutoff } from './housekeeping.rules.js';
import { pruneEntriesBefore } from './housekeeping.store.js';

const PRUNE_EVERY_MS = 60 * 60 * 1_000;

/** Hourly (and at start): entries older than FEED_RETENTION_DAYS go, and the horizon moves. */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionScheduler.name);
  private readonly job: IntervalJob<number>;

  constructor(dataSource: DataSource, @Inject(FEED_CONFIG) config: FeedConfig) {
    this.job = new IntervalJob(dataSource, {
      name: 'feed-retention',
      everyMs: PRUNE_EVERY_MS,
      runAtStart: true,
      round: async (manager, now) => {
        const removed = await pruneEntriesBefore(manager, retentionCutoff(now, config.FEED_RETENTION_DAYS));
        if (removed > 0) this.logger.log({ msg: 'feed entries past retention removed', removed });
        return removed;
      },
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /** One round as of `now`: the number of entries removed (tests, and the timer). */
  runOnce(now: Date = new Date()): Promise<RoundOutcome<number>> {
    return this.job.runOnce(now);
  }
}
