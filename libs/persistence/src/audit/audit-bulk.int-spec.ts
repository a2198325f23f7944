import { randomUUID } from 'node:crypto';
import { describeCurrentWork, runInContext } from '@samvirke/platform';
import { dropSchema, uniqueSuiteId } from '@samvirke/testing';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDataSource, migrate } from '../data-source.factory.js';
import { databaseConfigFromEnv } from '../database-config.js';
import { verifyAuditChain } from './audit-trail.js';
import { findAuditEntries, sealAuditEntries } from './audit.store.js';

class ValueTable1700000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE submission_value (id uuid PRIMARY KEY, submission_id uuid NOT NULL, value numeric NOT NULL)`,
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE submission_value`);
  }
}

const actor = {
  subject: randomUUID(),
  username: 'anne.kbh',
  clientId: 'samvirke-portal',
  organisations: [],
  onBehalfOf: undefined,
};

/** A bulk table (BULK_AUDITED_TABLES) is audited once per statement, not once per row. */
describe('the audit trail of a bulk value table', () => {
  const schema = uniqueSuiteId('audit_bulk');
  const dataSource = createDataSource({
    config: { ...databaseConfigFromEnv('samvirke_measurement'), schema },
    entities: [],
    migrations: [ValueTable1700000000000],
  });
  const submissionId = randomUUID();
  const asAnne = (operation: string, sql: string) =>
    runInContext({ correlationId: `corr-${operation}` }, async () => {
      describeCurrentWork(actor, operation);
      await dataSource.transaction((manager) => manager.query(sql, [submissionId]));
    });

  beforeAll(async () => {
    await migrate(dataSource);
    // Twice: the second migrate run leaves the triggers as they are.
    await migrate(dataSource);
    await asAnne(
      'PUT /submissions/csv',
      `INSERT INTO submission_value SELECT gen_random_uuid(), $1, n FROM generate_series(1, 500) AS n`,
    );
    await asAnne('PUT /submissions', `DELETE FROM submission_value WHERE submission_id = $1`);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropSchema(schema, ['samvirke_measurement']);
  });

  it('records one entry per statement with the number of rows and a digest of them', async () => {
    const entries = await findAuditEntries(dataSource.manager, { tableName: 'submission_value', limit: 10 });
    expect(entries.map((entry) => [entry.action, entry.operation, entry.rowKey])).toEqual([
      ['INSERT', 'PUT /submissions/csv', null],
      ['DELETE', 'PUT /submissions', null],
    ]);
    type Pair = readonly [unknown, unknown];
    const [inserted, deleted] = entries.map(
      (entry) => entry.changes as unknown as { $rows: Pair; $sha256: Pair },
    );
    expect(inserted?.$rows).toEqual([null, 500]);
    expect(inserted?.$sha256[1]).toMatch(/^[0-9a-f]{64}$/);
    // The same rows went out again: the same count and digest, now as "before".
    expect(deleted?.$rows).toEqual([500, null]);
    expect(deleted?.$sha256[0]).toBe(inserted?.$sha256[1]);
    expect(entries[0]?.actorUsername).toBe('anne.kbh');
  });

  it('seals the statement entries into the chain like any other', async () => {
    await dataSource.transaction((manager) => sealAuditEntries(manager, 100));
    expect(await verifyAuditChain(dataSource)).toMatchObject({ intact: true, entries: 2 });
  });
});
