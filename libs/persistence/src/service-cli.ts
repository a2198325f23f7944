import type { INestApplication } from '@nestjs/common';
import { listDeadLettersQuerySchema } from '@samvirke/contracts';
import { listDeadLetters } from '@samvirke/messaging';
import { JsonLogger } from '@samvirke/platform';
import { createDataSource, migrate, type DataSourceSpec } from './data-source.factory.js';

export interface ServiceCli {
  readonly service: string;
  readonly dataSource: () => DataSourceSpec;
  readonly start: () => Promise<INestApplication>;
}

/**
 * `node main.js migrate` applies the service's migrations and exits (a step before start, so
 * replicas never race on them); `node main.js` starts the service. `node main.js dead-letters
 * [unreplayed|replayed|all]` prints the consumer's dead letters, one JSON object a line, for an
 * operator at the service's database (replaying goes through the HTTP API, where the handlers run).
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
    if (command === 'dead-letters') {
      const query = listDeadLettersQuerySchema.parse({ state: process.argv[3] ?? 'unreplayed', limit: 500 });
      const dataSource = createDataSource(cli.dataSource());
      await dataSource.initialize();
      try {
        for (const letter of await listDeadLetters(dataSource, query)) {
          process.stdout.write(`${JSON.stringify(letter)}\n`);
        }
      } finally {
        await dataSource.destroy();
      }
      return;
    }
    if (command !== 'start')
      throw new Error(`unknown command "${command}" (use "migrate", "start" or "dead-letters")`);
    await cli.start();
  } catch (error) {
    logger.fatal(error instanceof Error ? error : String(error), 'Bootstrap');
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 100).unref();
  }
}
