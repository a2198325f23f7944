import type { DynamicModule } from '@nestjs/common';
import { MessagingModule, messagingEntities, type MessagingModuleOptions } from '@samvirke/messaging';
import { PlatformModule } from '@samvirke/platform';
import { AuditModule } from './audit/audit.module.js';
import type { DataSourceSpec } from './data-source.factory.js';
import { databaseConfigFromEnv } from './database-config.js';
import { PersistenceModule } from './persistence.module.js';

/** A service's one database: its migrations, with the messaging tables (outbox, inbox) as entities. */
export function serviceDataSource<M extends DataSourceSpec['migrations']>(
  database: string,
  migrations: M,
  options: Pick<DataSourceSpec, 'poolSize'> = {},
): Omit<DataSourceSpec, 'migrations'> & { readonly migrations: M } {
  return {
    config: databaseConfigFromEnv(database),
    entities: [...messagingEntities],
    migrations,
    ...options,
  };
}

export interface ServiceFoundation {
  readonly service: string;
  readonly dataSource: () => DataSourceSpec;
  /** Messaging beyond the service's name, e.g. where a consumer serves its dead letters. */
  readonly messaging?: Omit<MessagingModuleOptions, 'service'>;
}

/**
 * The modules every service's AppModule starts with: the platform (logs, health, metrics,
 * problem details), its database and messaging (outbox, relay, inbox), the audit trail's API. Authentication
 * (`AuthModule.forRoot()`, the global guard) follows in each AppModule, where a reader looks for it.
 */
export function serviceFoundation(spec: ServiceFoundation): DynamicModule[] {
  return [
    PlatformModule.forRoot(spec.service),
    PersistenceModule.forRoot(spec.dataSource),
    MessagingModule.forRoot({ service: spec.service, ...spec.messaging }),
    { module: AuditModule },
  ];
}
