import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

export type CopyValue = string | number | null;

const SPECIAL = /[\\\t\n\r]/;

/** One value in PostgreSQL's COPY text format: \N for null, backslash escapes for the rest. */
function copyText(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (character) =>
    character === '\\' ? '\\\\' : character === '\t' ? '\\t' : character === '\n' ? '\\n' : '\\r',
  );
}

/**
 * Bulk-inserts rows with COPY … FROM STDIN on the connection of the manager's transaction, so the
 * rows commit or roll back with the rest of the change. Several times faster than INSERT for
 * thousands of rows (no statement parsing or array decoding per row).
 */
export async function copyRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('copyRows runs inside a transaction');
  const client = (await runner.connect()) as pg.PoolClient;
  function* lines(): Generator<string> {
    let chunk = '';
    for (const row of rows) {
      chunk += row.map(copyText).join('\t') + '\n';
      if (chunk.length > 65_536) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  const quoted = columns.map((column) => `"${column}"`).join(', ');
  await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY ${table} (${quoted}) FROM STDIN`)));
}
