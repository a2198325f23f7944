import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { intervalFromEnv, ScheduledJob } from '@samvirke/persistence';
import { HealthCheckService } from './health-check.service.js';

/** Closes the health check rounds whose closing date has passed, each once, and announces it. */
@Injectable()
export class HealthCheckCloser extends ScheduledJob<number> {
  constructor(
    dataSource: DataSource,
    private readonly healthCheck: HealthCheckService,
  ) {
    super(dataSource, {
      name: 'partners.health-check-closer',
      everyMs: intervalFromEnv('HEALTH_CHECK_CLOSE_INTERVAL_MS', 300_000),
    });
  }

  protected round(manager: EntityManager, now: Date): Promise<number> {
    return this.healthCheck.closeDue(manager, now);
  }
}
