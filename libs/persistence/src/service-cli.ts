import type { INestApplication } from '@nestjs/common';
import { JsonLogger } from '@samvirke/platform';
import { createDataSource, migrate, type DataSourceSpec } from './data-source.factory.js';

export interface ServiceCli {
  readonly service: string;
  readonly dataSource: () => DataSourceSpec;
  readonly start: () => Promise<INestApplication>;
}

/**
 * `node main.js migrate` applies the service's migrations and exits (a step before start, so
 * replicas never race on them); `node main.js` starts the service.
 */
export async function runServiceCli(cli: ServiceCli): Promise<void> {
  const logger = new JsonLogger(cli.service);
  const command = process.argv[2] ?? 'start';
  try {
    if (command === 'migrate') {
      const dataSource = createDataSource(cli.dataSource());
      const applied = await migrate(dataSource);
      await dataSource.destroy();
      logger.log({ msg: 'migrations applied', applied }, 'Migrate');
      return;
    }
    if (command !== 'start') throw new Error(`unknown command "${command}" (use "migrate" or "start")`);
    await cli.start();
  } catch (error) {
    logger.fatal(error instanceof Error ? error : String(error), 'Bootstrap');
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 100).unref();
  }
}
