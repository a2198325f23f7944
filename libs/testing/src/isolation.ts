import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A fresh name for one test suite's schema and topic prefix, so suites never see each other's data. */
export function uniqueSuiteId(label: string): string {
  const clean = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  return `t_${clean}_${randomBytes(4).toString('hex')}`;
}

export function pgClient(database: string): pg.Client {
  return new pg.Client({
    host: process.env['PGHOST'] ?? '127.0.0.1',
    port: Number(process.env['PGPORT'] ?? 5432),
    user: process.env['PGUSER'] ?? 'postgres',
    password: process.env['PGPASSWORD'],
    database,
  });
}

/** Drops a suite's schema from the given databases (called in afterAll). */
export async function dropSchema(schema: string, databases: readonly string[]): Promise<void> {
  for (const database of databases) {
    const client = pgClient(database);
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  }
}
