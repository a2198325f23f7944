import { randomUUID } from 'node:crypto';
import { describeCurrentWork, runInContext } from '@samvirke/platform';
import { dropSchema, uniqueSuiteId } from '@samvirke/testing';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDataSource, migrate } from '../data-source.factory.js';
import { databaseConfigFromEnv } from '../database-config.js';
import { verifyAuditChain } from './audit-trail.js';
import {
  findAuditEntries,
  pruneAuditEntries,
  redactAuditActor,
  redactAuditOfRow,
  sealAuditEntries,
} from './audit.store.js';

class SampleTables1700000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE person (id uuid PRIMARY KEY, name text NOT NULL, email text, programme_id uuid)`,
    );
    await runner.query(`CREATE TABLE pair (a text, b text, note text, PRIMARY KEY (a, b))`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE pair; DROP TABLE person`);
  }
}

const actor = {
  subject: randomUUID(),
  username: 'anne.kbh',
  clientId: 'samvirke-portal',
  organisations: [randomUUID()],
  onBehalfOf: undefined,
};

describe('the audit trail every table gets from the migrate step', () => {
  const schema = uniqueSuiteId('audit_trail');
  const dataSource = createDataSource({
    config: { ...databaseConfigFromEnv('samvirke_partners'), schema },
    entities: [],
    migrations: [SampleTables1700000000000],
  });
  const programmeId = randomUUID();
  const personId = randomUUID();

  const asAnne = <T>(operation: string, work: () => Promise<T>): Promise<T> =>
    runInContext({ correlationId: `corr-${operation}` }, async () => {
      describeCurrentWork(actor, operation);
      return work();
    });

  beforeAll(async () => {
    await migrate(dataSource);
    await asAnne('POST /people', () =>
      dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO person VALUES ($1, 'Anne Hansen', 'anne@kk.dk', $2)`, [
          personId,
          programmeId,
        ]);
        await manager.query(`INSERT INTO pair VALUES ('x', 'y', 'first')`);
      }),
    );
    await asAnne('PATCH /people/:id', () =>
      dataSource.transaction((manager) =>
        manager.query(`UPDATE person SET email = 'anne.hansen@kk.dk' WHERE id = $1`, [personId]),
      ),
    );
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropSchema(schema, ['samvirke_partners']);
  });

  it('records who changed what in which operation and request, with the changed fields before and after', async () => {
    const entries = await findAuditEntries(dataSource.manager, { tableName: 'person', limit: 10 });
    expect(entries.map((entry) => [entry.action, entry.operation, entry.correlationId])).toEqual([
      ['INSERT', 'POST /people', 'corr-POST /people'],
      ['UPDATE', 'PATCH /people/:id', 'corr-PATCH /people/:id'],
    ]);
    const [, update] = entries;
    expect(update).toMatchObject({
      rowKey: personId,
      programmeId,
      actorSubject: actor.subject,
      actorUsername: 'anne.kbh',
      actorClient: 'samvirke-portal',
      actorOrganisations: actor.organisations,
      changes: { email: ['anne@kk.dk', 'anne.hansen@kk.dk'] },
    });
    const [pair] = await findAuditEntries(dataSource.manager, { tableName: 'pair', limit: 10 });
    expect(pair?.rowKey).toBe('x/y');
  });

  it('refuses to change, delete or empty an entry', async () => {
    await expect(dataSource.query(`UPDATE audit_entry SET operation = 'nothing'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
    expect(await findAuditEntries(dataSource.manager, { limit: 10 })).toHaveLength(3);
  });

  it('seals entries into a chain that verifies, and names the first entry someone changed behind its back', async () => {
    await dataSource.transaction((manager) => sealAuditEntries(manager, 100));
    expect(await verifyAuditChain(dataSource)).toEqual({ intact: true, entries: 3, lastChainNo: '3' });

    const [, second] = await findAuditEntries(dataSource.manager, { limit: 10 });
    await dataSource.transaction(async (manager) => {
      await manager.query(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only`);
      await manager.query(`UPDATE audit_entry SET operation = 'innocent' WHERE seq = $1`, [second?.seq]);
      await manager.query(`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only`);
    });
    const verdict = await verifyAuditChain(dataSource);
    expect(verdict).toMatchObject({
      intact: false,
      brokenAt: { seq: second?.seq, chainNo: second?.chainNo },
    });

    await dataSource.transaction(async (manager) => {
      await manager.query(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only`);
      await manager.query(`UPDATE audit_entry SET operation = $2 WHERE seq = $1`, [
        second?.seq,
        second?.operation,
      ]);
      await manager.query(`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only`);
    });
    expect(await verifyAuditChain(dataSource)).toMatchObject({ intact: true });
  });

  it('pseudonymises an erased row and its actor: no name or address stays readable, the chain still verifies', async () => {
    await dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM person WHERE id = $1`, [personId]);
      await redactAuditOfRow(manager, 'person', personId);
      await redactAuditActor(manager, actor.subject);
    });
    await dataSource.transaction((manager) => sealAuditEntries(manager, 100));
    const text = JSON.stringify(await dataSource.query(`SELECT * FROM audit_entry`));
    expect(text).not.toMatch(/Anne Hansen|anne@kk\.dk|anne\.hansen@kk\.dk|anne\.kbh/);
    expect(text).toContain(actor.subject);
    expect(await verifyAuditChain(dataSource)).toEqual({ intact: true, entries: 4, lastChainNo: '4' });
  });

  it('removes only the oldest sealed entries past retention, leaving a chain that verifies', async () => {
    const removed = await dataSource.transaction((manager) =>
      pruneAuditEntries(manager, new Date(Date.now() + 60_000), 2),
    );
    expect(removed).toBe(2);
    expect(await verifyAuditChain(dataSource)).toEqual({ intact: true, entries: 2, lastChainNo: '4' });
  });

  it('audits a write through a connection whose search_path lacks the schema, long values by digest', async () => {
    const id = randomUUID();
    const long = 'æ'.repeat(3_000);
    await dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL search_path TO public`);
      await manager.query(`INSERT INTO "${schema}".person (id, name) VALUES ($1, $2)`, [id, long]);
    });
    const [entry] = await findAuditEntries(dataSource.manager, {
      tableName: 'person',
      rowKey: id,
      limit: 10,
    });
    expect(entry?.action).toBe('INSERT');
    expect(entry?.changes).toEqual({
      id: [null, id],
      name: [null, { $sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string, $length: 3_002 }],
      email: [null, null],
      programme_id: [null, null],
    });
  });
});
