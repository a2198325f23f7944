import type { DynamicModule, Type } from '@nestjs/common';
import { AuthModule } from '@samvirke/auth';
import { MessagingModule, messagingEntities, type MessagingModuleOptions } from '@samvirke/messaging';
import { PlatformModule } from '@samvirke/platform';
import { AuditModule } from './audit/audit.module.js';
import type { DataSourceSpec } from './data-source.factory.js';
import { databaseConfigFromEnv } from './database-config.js';
import { PersistenceModule } from './persistence.module.js';
import { DataSubjectModule } from './privacy/data-subject.consumer.js';
import type { PersonLocator } from './privacy/data-subject.rules.js';

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
 * problem details), its database and messaging (outbox, relay, inbox), the audit trail's API.
 */
export function serviceFoundation(spec: ServiceFoundation): DynamicModule[] {
  return [
    PlatformModule.forRoot(spec.service),
    PersistenceModule.forRoot(spec.dataSource),
    MessagingModule.forRoot({ service: spec.service, ...spec.messaging }),
    { module: AuditModule },
  ];
}

/** A service that answers data subjects' requests (`DataSubjectModule.answering`). */
type AnsweringService = Parameters<typeof DataSubjectModule.answering>[0];

/**
 * What a service's AppModule imports, in this order: the foundation, authentication (the global
 * guard: every route needs a verified caller unless `@Public()`), the answers to data subjects'
 * requests where the service keeps personal data, then its feature modules.
 */
export type ServiceModules = ServiceFoundation & {
  readonly features: readonly (Type | DynamicModule)[];
} & (
    | { readonly personLocators?: undefined }
    | { readonly service: AnsweringService; readonly personLocators: readonly PersonLocator[] }
  );

/** The imports of a service's AppModule: `@Module({ imports: serviceModules({ … }) })`. */
export function serviceModules(spec: ServiceModules): (Type | DynamicModule)[] {
  const personalData = spec.personLocators
    ? [DataSubjectModule.answering(spec.service, spec.personLocators)]
    : [];
  return [...serviceFoundation(spec), AuthModule.forRoot(), ...personalData, ...spec.features];
}
