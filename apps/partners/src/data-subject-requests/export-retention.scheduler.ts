import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { loadConfig } from '@samvirke/platform';
import { RetentionJob } from '@samvirke/persistence';
import { exportRetentionConfigSchema, exportRetentionRule } from './data-subject-requests.rules.js';
import { DataSubjectRequestsStore } from './data-subject-requests.store.js';

/**
 * Erases access exports left unclosed past ACCESS_EXPORT_RETENTION_DAYS as closing does: the
 * request's key goes (every sealed copy, here and in Kafka, becomes unreadable), the sealed parts
 * are cleared and the request is closed. Returns how many exports it erased.
 */
export async function eraseExpiredExports(
  manager: EntityManager,
  before: Date,
  limit: number,
): Promise<number> {
  const store = new DataSubjectRequestsStore(manager);
  const ids = await store.expiredExports(before, limit);
  for (const id of ids) {
    await store.eraseKey(id);
    await store.setStatus(id, 'closed');
  }
  return ids.length;
}

/** Partners' retention of access exports, hourly (samvirke_retention_removed_total{kind="access-exports"}). */
@Injectable()
export class ExportRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly job: RetentionJob;

  constructor(dataSource: DataSource) {
    const config = loadConfig(exportRetentionConfigSchema);
    this.job = new RetentionJob(
      dataSource,
      'partners-retention',
      [exportRetentionRule(config, eraseExpiredExports)],
      {
        everyMs: config.RETENTION_INTERVAL_MS,
      },
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
