import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { loadConfig } from '@samvirke/platform';
import { RetentionJob } from '@samvirke/persistence';
import { DataSource } from 'typeorm';
import { notificationsRetentionRules, retentionConfigSchema } from './retention.rules.js';
import { pruneDeliveries, pruneInboxItems } from './retention.store.js';

/** Deliveries (with their attempts) and inbox items past their retention go, hourly. */
@Injectable()
export class NotificationsRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly job: RetentionJob;

  constructor(dataSource: DataSource) {
    const config = loadConfig(retentionConfigSchema);
    this.job = new RetentionJob(
      dataSource,
      'notifications-retention',
      notificationsRetentionRules(config, { deliveries: pruneDeliveries, inboxItems: pruneInboxItems }),
      { everyMs: config.RETENTION_INTERVAL_MS },
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
