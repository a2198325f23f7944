import { pgClient } from './isolation.js';

async function inDatabase<T>(database: string, work: (client: ReturnType<typeof pgClient>) => Promise<T>) {
  const client = pgClient(database);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Counts every row a service offers to `table` (a suite's schema in `database`), its `key` column
 * logged by a BEFORE INSERT trigger into `<table>_insert_log`, in the writer's transaction (gone
 * with it when it rolls back). A BEFORE INSERT trigger fires for upserts too, whether ON CONFLICT
 * then updates the row or does nothing: a consumer that applies an event twice writes its key
 * twice here, even where the table's own key keeps one row. Install it before the writes start.
 */
export async function logInserts(
  database: string,
  schema: string,
  table: string,
  key: string,
): Promise<void> {
  const log = `"${schema}"."${table}_insert_log"`;
  await inDatabase(database, async (client) => {
    await client.query(
      `CREATE TABLE ${log} (key text NOT NULL, logged_at timestamptz NOT NULL DEFAULT clock_timestamp())`,
    );
    await client.query(`
      CREATE FUNCTION "${schema}"."${table}_log_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ${log} (key) VALUES (NEW."${key}"::text);
        RETURN NEW;
      END $$`);
    await client.query(`
      CREATE TRIGGER "${table}_log_insert" BEFORE INSERT ON "${schema}"."${table}"
      FOR EACH ROW EXECUTE FUNCTION "${schema}"."${table}_log_insert"()`);
  });
}

/** How often each key was written to `table` since logInserts (keys never written are absent). */
export async function insertCounts(
  database: string,
  schema: string,
  table: string,
): Promise<Map<string, number>> {
  return inDatabase(database, async (client) => {
    const { rows } = await client.query<{ key: string; count: number }>(
      `SELECT key, count(*)::int AS count FROM "${schema}"."${table}_insert_log" GROUP BY key`,
    );
    return new Map(rows.map((row) => [row.key, row.count]));
  });
}
