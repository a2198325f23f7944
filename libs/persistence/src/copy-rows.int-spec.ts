import { databaseConfigFromEnv } from './database-config.js';
import { createDataSource } from './data-source.factory.js';
import { copyRows } from './copy-rows.js';
import { dropSchema, uniqueSuiteId } from '@samvirke/testing';

describe('copyRows', () => {
  const schema = uniqueSuiteId('copy_rows');
  const dataSource = createDataSource({
    config: { ...databaseConfigFromEnv('samvirke_measurement'), schema },
    entities: [],
    migrations: [],
  });

  beforeAll(async () => {
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA "${schema}"`);
    await dataSource.query(
      `CREATE TABLE "${schema}".sample (id integer PRIMARY KEY, label text, amount numeric)`,
    );
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropSchema(schema, ['samvirke_measurement']);
  });

  it('stores text with tabs, newlines and backslashes, and nulls, exactly as given', async () => {
    const rows = [
      [1, 'tab\there', 1.5],
      [2, 'line\nbreak\r\n', null],
      [3, 'back\\slash \\N', -2],
      [4, null, 0],
    ] as const;
    await dataSource.transaction((manager) =>
      copyRows(manager, `"${schema}".sample`, ['id', 'label', 'amount'], rows),
    );
    const stored = await dataSource.query<{ id: number; label: string | null; amount: string | null }[]>(
      `SELECT id, label, amount::text AS amount FROM "${schema}".sample ORDER BY id`,
    );
    expect(stored.map((row) => [row.id, row.label, row.amount === null ? null : Number(row.amount)])).toEqual(
      rows.map((row) => [...row]),
    );
  });

  it('rolls back with the transaction it ran in', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await copyRows(manager, `"${schema}".sample`, ['id', 'label', 'amount'], [[10, 'kept?', 1]]);
        throw new Error('the use case fails after the copy');
      }),
    ).rejects.toThrow('the use case fails');
    const [row] = await dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM "${schema}".sample WHERE id = 10`,
    );
    expect(row?.count).toBe('0');
  });

  it('refuses to run outside a transaction', async () => {
    await expect(copyRows(dataSource.manager, `"${schema}".sample`, ['id'], [[99]])).rejects.toThrow(
      'inside a transaction',
    );
  });
});
