import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { listDeadLettersQuerySchema } from '@samvirke/contracts';
import { listDeadLetters } from '@samvirke/messaging';
import { JsonLogger } from '@samvirke/platform';
import { verifyAuditChain } from './audit/audit-trail.js';
import { AUDIT_PERSONAL_DATA, type PersonalDataRecord } from './privacy/personal-data.js';
import { createDataSource, migrate, type DataSourceSpec } from './data-source.factory.js';

export interface ServiceCli {
  readonly service: string;
  readonly dataSource: () => DataSourceSpec;
  readonly start: () => Promise<INestApplication>;
  /** What the service stores about people (`node main.js personal-data` prints it with the audit trail's). */
  readonly personalData?: PersonalDataRecord;
}

/**
 * `node main.js migrate` applies the service's migrations and exits (a step before start, so
 * replicas never race on them); `node main.js` starts the service. `node main.js dead-letters
 * [unreplayed|replayed|all]` prints the consumer's dead letters, one JSON object a line, for an
 * operator at the service's database (replaying goes through the HTTP API, where the handlers run).
 * `node main.js audit-verify` recomputes the audit trail's hash chain and prints the verdict (exit 2
 * and the first broken entry when it does not hold).
 */
export async function runServiceCli(cli: ServiceCli): Promise<void> {
  const logger = new JsonLogger(cli.service);
  const command = process.argv[2] ?? 'start';
  try {
    if (command === 'start') {
      await cli.start();
      return;
    }
    if (command === 'personal-data') {
      process.stdout.write(`${JSON.stringify({ service: cli.service, ...personalData(cli) })}\n`);
      return;
    }
    const run = COMMANDS[command];
    if (!run)
      throw new Error(`unknown command "${command}" (use "start", ${Object.keys(COMMANDS).join(', ')})`);
    const dataSource = createDataSource(cli.dataSource());
    try {
      await run(dataSource, cli, logger);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  } catch (error) {
    logger.fatal(error instanceof Error ? error : String(error), 'Bootstrap');
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 100).unref();
  }
}

type Command = (dataSource: DataSource, cli: ServiceCli, logger: JsonLogger) => Promise<void>;

const COMMANDS: Readonly<Record<string, Command>> = {
  migrate: async (dataSource, _cli, logger) => {
    const applied = await migrate(dataSource);
    logger.log({ msg: 'migrations applied', applied }, 'Migrate');
  },
  'dead-letters': async (dataSource) => {
    const query = listDeadLettersQuerySchema.parse({ state: process.argv[3] ?? 'unreplayed', limit: 500 });
    await dataSource.initialize();
    for (const letter of await listDeadLetters(dataSource, query)) {
      process.stdout.write(`${JSON.stringify(letter)}\n`);
    }
  },
  'audit-verify': async (dataSource, cli) => {
    await dataSource.initialize();
    const verdict = await verifyAuditChain(dataSource);
    process.stdout.write(`${JSON.stringify({ service: cli.service, ...verdict })}\n`);
    if (!verdict.intact) process.exitCode = 2;
  },
};

function personalData(cli: ServiceCli): PersonalDataRecord {
  return {
    personal: [...(cli.personalData?.personal ?? []), ...AUDIT_PERSONAL_DATA.personal],
    notPersonal: { ...cli.personalData?.notPersonal, ...AUDIT_PERSONAL_DATA.notPersonal },
  };
}
