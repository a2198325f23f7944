import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { AuditContextSubscriber } from './audit/audit-context.subscriber.js';
import { installAuditTrail } from './audit/audit-trail.js';
import type { DatabaseConfig } from './database-config.js';

export interface DataSourceSpec {
  readonly config: DatabaseConfig;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
  readonly poolSize?: number;
}

/**
 * A TypeORM data source for one service's database. The schema is put first on the search path,
 * so migrations and queries written without schema names land in the configured schema.
 */
export function createDataSource(spec: DataSourceSpec): DataSource {
  const { config } = spec;
  return new DataSource({
    type: 'postgres',
    host: config.host,
    port: config.port,
    username: config.user,
    password: config.password,
    database: config.database,
    schema: config.schema,
    entities: spec.entities,
    migrations: spec.migrations,
    // Hands who acts to the audit trigger at the start of every transaction (audit/).
    subscribers: [AuditContextSubscriber],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Failed queries surface as domain errors or as 500s logged with their correlation id.
    logging: false,
    poolSize: spec.poolSize ?? 10,
    // Who a connection serves, in pg_stat_activity (and to the benchmarks' CPU count per schema).
    applicationName: `${config.database}/${config.schema}`.slice(0, 63),
    extra: { options: `-c search_path=${config.schema}` },
  });
}

/**
 * Creates the schema when missing, applies pending migrations, then installs the audit trail on
 * every table (new ones included). Run as its own step before start. Several instances may run it
 * at once (SAMVIRKE_INSTANCES, a Deployment's replicas): a PostgreSQL advisory lock per database
 * and schema lets one apply the migrations while the others wait, then find nothing pending.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const schema = dataSource.driver.schema ?? 'public';
  if (!dataSource.isInitialized) await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  const key = `samvirke-migrate:${String(dataSource.driver.database)}:${schema}`;
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await installAuditTrail(dataSource);
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await lock.release();
  }
}
