import {
  type DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthRegistry } from '@samvirke/platform';
import { AuditTrailScheduler } from './audit/audit-trail.scheduler.js';
import { createDataSource, type DataSourceSpec } from './data-source.factory.js';

/**
 * Provides the service's one DataSource, opened at start, checked by readiness, closed at shutdown,
 * and the audit trail's sealing and retention jobs on it.
 */
@Global()
@Module({})
export class PersistenceModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly health: HealthRegistry,
  ) {}

  static forRoot(spec: DataSourceSpec | (() => DataSourceSpec)): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => createDataSource(typeof spec === 'function' ? spec() : spec).initialize(),
        },
        AuditTrailScheduler,
      ],
      exports: [DataSource, AuditTrailScheduler],
    };
  }

  onModuleInit(): void {
    this.health.register({
      name: 'database',
      check: async () => {
        await this.dataSource.query('SELECT 1');
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
