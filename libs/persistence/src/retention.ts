import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { recordRetention } from './audit/audit-trail.scheduler.js';
import { IntervalJob, type RoundOutcome } from './interval-job.js';

const DAY_MS = 86_400_000;

/** One kind of data kept for a while: how long, and how to remove a batch of it past that. */
export interface RetentionRule {
  /** Names the kind in metrics (`samvirke_retention_removed_total{kind}`) and logs. */
  readonly kind: string;
  readonly days: number;
  /** Removes up to `limit` rows older than `before`; returns how many. */
  readonly prune: (manager: EntityManager, before: Date, limit: number) => Promise<number>;
}

/**
 * A service's retention: every rule's data past its days removed, in batches, hourly by default,
 * one replica at a time, counted per kind (samvirke_retention_removed_total,
 * samvirke_retention_last_run_seconds). docs/privacy.md lists the kinds and their defaults.
 */
export class RetentionJob {
  private readonly logger = new Logger('RetentionJob');
  private readonly job: IntervalJob<Record<string, number>>;

  constructor(
    dataSource: DataSource,
    name: string,
    rules: readonly RetentionRule[],
    { everyMs = 3_600_000, batch = 10_000 }: { everyMs?: number; batch?: number } = {},
  ) {
    this.job = new IntervalJob(dataSource, {
      name,
      everyMs,
      runAtStart: true,
      round: async (manager, now) => {
        const removed: Record<string, number> = {};
        for (const rule of rules) {
          const count = await rule.prune(manager, new Date(now.getTime() - rule.days * DAY_MS), batch);
          recordRetention(rule.kind, count, now);
          removed[rule.kind] = count;
          if (count) this.logger.log({ msg: 'removed past retention', kind: rule.kind, removed: count });
        }
        return removed;
      },
    });
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  runOnce(now: Date = new Date()): Promise<RoundOutcome<Record<string, number>>> {
    return this.job.runOnce(now);
  }
}
