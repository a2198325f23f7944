import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { samvirkeCounter, samvirkeGauge } from '@samvirke/platform';
import { DataSource } from 'typeorm';
import { IntervalJob, type RoundOutcome } from '../interval-job.js';
import { auditConfigFromEnv } from './audit-config.js';
import { pruneAuditEntries, sealAuditEntries } from './audit.store.js';

const SEAL_BATCH = 2_000;
const PRUNE_BATCH = 10_000;
const DAY_MS = 86_400_000;

const sealed = samvirkeCounter('audit_entries_sealed_total', 'Audit entries sealed into the hash chain');
const pruned = samvirkeCounter('retention_removed_total', 'Rows removed past their retention, by kind', [
  'kind',
]);
const lastRun = samvirkeGauge(
  'retention_last_run_seconds',
  'When each retention job last ran (unix seconds)',
  ['kind'],
);

/** The counters every retention job reports to (audit entries here, deliveries, sessions… elsewhere). */
export function recordRetention(kind: string, removed: number, now: Date): void {
  pruned.inc({ kind }, removed);
  lastRun.set({ kind }, now.getTime() / 1_000);
}

/**
 * Seals new audit entries into the chain (one replica at a time, every AUDIT_SEAL_INTERVAL_MS)
 * and removes entries past AUDIT_RETENTION_DAYS. Part of every service through PersistenceModule.
 */
@Injectable()
export class AuditTrailScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditTrailScheduler.name);
  private readonly sealer: IntervalJob<number>;
  private readonly retention: IntervalJob<number>;

  constructor(dataSource: DataSource) {
    const config = auditConfigFromEnv();
    this.sealer = new IntervalJob(dataSource, {
      name: 'audit-sealer',
      everyMs: config.AUDIT_SEAL_INTERVAL_MS,
      runAtStart: true,
      round: async (manager) => {
        const count = await sealAuditEntries(manager, SEAL_BATCH);
        sealed.inc(count);
        return count;
      },
    });
    this.retention = new IntervalJob(dataSource, {
      name: 'audit-retention',
      everyMs: config.AUDIT_RETENTION_INTERVAL_MS,
      runAtStart: true,
      round: async (manager, now) => {
        const before = new Date(now.getTime() - config.AUDIT_RETENTION_DAYS * DAY_MS);
        const removed = await pruneAuditEntries(manager, before, PRUNE_BATCH);
        recordRetention('audit-entries', removed, now);
        if (removed) this.logger.log({ msg: 'audit entries past retention removed', removed });
        return removed;
      },
    });
  }

  onApplicationBootstrap(): void {
    this.sealer.start();
    this.retention.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.sealer.stop(), this.retention.stop()]);
  }

  /** Seals what is waiting now (tests, and the timer). */
  seal(): Promise<RoundOutcome<number>> {
    return this.sealer.runOnce();
  }

  prune(now: Date = new Date()): Promise<RoundOutcome<number>> {
    return this.retention.runOnce(now);
  }
}
