import { readFileSync } from 'node:fs';
import { PERSONAL_LOOKING_COLUMN } from '@samvirke/persistence';
import { dropSchema, migrateService, pgClient, uniqueSuiteId } from '@samvirke/testing';
import { readServiceRecord, renderRecord, SERVICES, type ServiceRecord } from './record-of-processing.js';

/**
 * The record of processing cannot drift from the schemas: every service is migrated into a fresh
 * schema, and each column that looks personal must be declared (personal or not, with a reason),
 * each declared column must exist, and docs/record-of-processing.md must be what the declarations give.
 */
const suite = uniqueSuiteId('art30');
const env = { DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.` };
const databases = SERVICES.map((service) => `samvirke_${service}`);
const records = new Map<string, ServiceRecord>();
const columns = new Map<string, Set<string>>();
/** Each table's primary key columns, as `table.column`: what the audit trail names its rows by. */
const keys = new Map<string, Set<string>>();

beforeAll(async () => {
  await Promise.all(SERVICES.map((service) => migrateService(service, env)));
  for (const service of SERVICES) {
    records.set(service, readServiceRecord(service));
    const client = pgClient(`samvirke_${service}`);
    await client.connect();
    try {
      const result = await client.query<{ name: string }>(
        `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = $1`,
        [suite],
      );
      columns.set(service, new Set(result.rows.map(({ name }) => name)));
      const primary = await client.query<{ name: string }>(
        `SELECT k.table_name || '.' || k.column_name AS name FROM information_schema.key_column_usage k
           JOIN information_schema.table_constraints c USING (constraint_schema, constraint_name)
          WHERE k.table_schema = $1 AND c.constraint_type = 'PRIMARY KEY'`,
        [suite],
      );
      keys.set(service, new Set(primary.rows.map(({ name }) => name)));
    } finally {
      await client.end();
    }
  }
}, 120_000);

afterAll(() => dropSchema(suite, databases));

describe.each(SERVICES)('the record of processing of %s', (service) => {
  it('declares every column that looks personal, and only columns that exist', () => {
    const record = records.get(service);
    const existing = columns.get(service) ?? new Set<string>();
    if (!record) throw new Error(`no record for ${service}`);
    const declared = new Set([
      ...record.personal.flatMap((item) => item.columns.map((column) => `${item.table}.${column}`)),
      ...Object.keys(record.notPersonal),
    ]);
    const undeclared = [...existing].filter(
      (name) => PERSONAL_LOOKING_COLUMN.test(name.split('.')[1] ?? '') && !declared.has(name),
    );
    expect(undeclared).toEqual([]);
    expect([...declared].filter((name) => !existing.has(name))).toEqual([]);
  });

  // The audit trail records a row's key in plain text inside the hash chain, where erasure cannot
  // pseudonymise it: a key may be a Keycloak subject id (the trail keeps it), never a name or address.
  it('keys no table by a personal column other than a subject id', () => {
    const record = records.get(service);
    const personal = (record?.personal ?? []).flatMap((item) =>
      item.columns.filter((column) => !/subject/.test(column)).map((column) => `${item.table}.${column}`),
    );
    expect(personal.filter((name) => keys.get(service)?.has(name))).toEqual([]);
  });
});

it('is the document in docs/ (npm run privacy:record rewrites it)', () => {
  const expected = renderRecord(SERVICES.map((service) => records.get(service) as ServiceRecord));
  expect(readFileSync('docs/record-of-processing.md', 'utf8')).toBe(expected);
});
