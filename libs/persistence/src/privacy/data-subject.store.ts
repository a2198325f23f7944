import type { EntityManager } from 'typeorm';
import { redactAuditActor, redactAuditOfRow } from '../audit/audit.store.js';
import {
  erasedName,
  matchValue,
  rowKey,
  type PersonLocator,
  type PersonMatch,
} from './data-subject.rules.js';

type Row = Record<string, unknown>;

/**
 * `column` names the person: equal to the subject id, or its salted digest equal to the request's
 * (for a name: to one of the request's name digests).
 */
function where(locator: PersonLocator): string {
  const column = `"${locator.column}"`;
  if (locator.by === 'subject') return `${column}::text = $1`;
  const digest = `encode(sha256(convert_to($2 || lower(${column}), 'UTF8')), 'hex')`;
  return locator.by === 'name' ? `${digest} = ANY($1::text[])` : `${digest} = $1`;
}

function params(locator: PersonLocator, person: PersonMatch): unknown[] | null {
  if (locator.by === 'name') return person.nameDigests?.length ? [person.nameDigests, person.salt] : null;
  const value = matchValue(locator, person);
  if (value === null) return null;
  return locator.by === 'subject' ? [value] : [value, person.salt];
}

/** Every row held about the person, per table (an access request). */
export async function findPersonRows(
  manager: EntityManager,
  locators: readonly PersonLocator[],
  person: PersonMatch,
): Promise<Record<string, Row[]>> {
  const found: Record<string, Row[]> = {};
  for (const locator of locators) {
    const values = params(locator, person);
    if (!values) continue;
    const rows = await manager.query<{ row: Row }[]>(
      `SELECT to_jsonb(t) AS row FROM "${locator.table}" t WHERE ${where(locator)}`,
      values,
    );
    if (rows.length) found[locator.table] = [...(found[locator.table] ?? []), ...rows.map((r) => r.row)];
  }
  return found;
}

/**
 * Erases the person (an erasure request): deletes or pseudonymises each located row, then
 * pseudonymises the audit trail of those rows and of what the person did. Returns counts per table.
 */
export async function erasePersonRows(
  manager: EntityManager,
  locators: readonly PersonLocator[],
  person: PersonMatch,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const locator of locators) {
    const values = params(locator, person);
    if (!values) continue;
    for (const child of locator.children ?? [])
      await manager.query(
        `DELETE FROM "${child.table}" WHERE "${child.column}" IN
           (SELECT id FROM "${locator.table}" t WHERE ${where(locator)})`,
        values,
      );
    // UPDATE and DELETE … RETURNING come back from TypeORM as [rows, count].
    const [rows] = await manager.query<[{ row: Row }[], number]>(
      locator.erase === 'delete'
        ? `DELETE FROM "${locator.table}" t WHERE ${where(locator)} RETURNING to_jsonb(t) AS row`
        : `UPDATE "${locator.table}" t SET "${locator.column}" = $${values.length + 1}
           WHERE ${where(locator)} RETURNING to_jsonb(t) AS row`,
      locator.erase === 'delete'
        ? values
        : [...values, locator.erase === 'clear' ? null : erasedName(person.requestId)],
    );
    const keys = await primaryKey(manager, locator.table);
    for (const { row } of rows) await redactAuditOfRow(manager, locator.table, rowKey(row, keys));
    counts[locator.table] = (counts[locator.table] ?? 0) + rows.length;
  }
  if (person.subject) await redactAuditActor(manager, person.subject);
  return counts;
}

async function primaryKey(manager: EntityManager, table: string): Promise<string[]> {
  const rows = await manager.query<{ name: string }[]>(
    `SELECT a.attname AS name FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary
      ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    [table],
  );
  return rows.map((row) => row.name);
}
