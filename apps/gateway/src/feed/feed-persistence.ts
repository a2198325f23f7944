import { messagingEntities } from '@samvirke/messaging';
import { createDataSource, databaseConfigFromEnv, migrate, type DataSourceSpec } from '@samvirke/persistence';
import { JsonLogger } from '@samvirke/platform';
import { gatewayMigrations } from '../migrations/index.js';
import { feedConfig } from './feed.config.js';

export const gatewayDataSourceSpec = (): DataSourceSpec => ({
  config: databaseConfigFromEnv(feedConfig().GATEWAY_DATABASE),
  entities: [...messagingEntities],
  migrations: gatewayMigrations,
  poolSize: 5,
});

/** `node main.js migrate`: the gateway's own database, as every service migrates before it starts. */
export async function migrateGateway(): Promise<string[]> {
  const dataSource = createDataSource(gatewayDataSourceSpec());
  try {
    return await migrate(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

/** Why the feed cannot run here, or undefined when the database is reachable and fully migrated. */
export async function feedUnavailableReason(): Promise<string | undefined> {
  const dataSource = createDataSource({ ...gatewayDataSourceSpec(), poolSize: 1 });
  try {
    await dataSource.initialize();
    const [table] = await dataSource.query<{ name: string | null }[]>(
      `SELECT to_regclass('schema_migrations')::text AS name`,
    );
    if (!table?.name) return 'the gateway database is not migrated (run main.js migrate)';
    const rows = await dataSource.query<{ name: string }[]>(`SELECT name FROM schema_migrations`);
    const applied = new Set(rows.map((row) => row.name));
    const pending = gatewayMigrations.map((migration) => migration.name).filter((name) => !applied.has(name));
    return pending.length ? `migrations pending: ${pending.join(', ')} (run main.js migrate)` : undefined;
  } catch (error) {
    return `the gateway database is not reachable: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

/** `main.js migrate` applies the gateway's migrations and exits; anything else starts the gateway. */
export async function migrateIfAsked(argv: readonly string[] = process.argv): Promise<void> {
  if (argv[2] !== 'migrate') return;
  const logger = new JsonLogger('gateway');
  try {
    logger.log({ msg: 'migrations applied', applied: await migrateGateway() }, 'Migrate');
    process.exit(0);
  } catch (error) {
    logger.fatal(error instanceof Error ? error : String(error), 'Migrate');
    process.exit(1);
  }
}
