import type { EntityManager } from 'typeorm';
import { entryHash, redactValue, type ChainedEntry, type SealedEntry } from './audit-chain.js';

/** The audit trail's SQL: reading, sealing into the chain, redaction and retention. */
const COLUMNS = `seq::text AS seq,
  to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
  table_name AS "tableName", action, row_key AS "rowKey", programme_id AS "programmeId",
  actor_subject AS "actorSubject", actor_username AS "actorUsername", actor_client AS "actorClient",
  actor_organisations AS "actorOrganisations", on_behalf_of AS "onBehalfOf", operation,
  correlation_id AS "correlationId", causation_id AS "causationId", changes, salt,
  chain_no::text AS "chainNo", prev_hash AS "prevHash", hash, redacted_at AS "redactedAt"`;

export type StoredAuditEntry = ChainedEntry & {
  readonly chainNo: string | null;
  readonly prevHash: string | null;
  readonly hash: string | null;
  readonly redactedAt: Date | null;
};

export interface AuditFilter {
  readonly programmeId?: string | undefined;
  readonly tableName?: string | undefined;
  readonly rowKey?: string | undefined;
  readonly actorSubject?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  /** Entries after this seq (paging, oldest first) */
  readonly after?: string | undefined;
  readonly limit: number;
}

export async function findAuditEntries(
  manager: EntityManager,
  filter: AuditFilter,
): Promise<StoredAuditEntry[]> {
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  const add = (sql: string, value: unknown): void => {
    parameters.push(value);
    conditions.push(sql.replace('?', `$${parameters.length}`));
  };
  if (filter.programmeId) add('programme_id = ?', filter.programmeId);
  if (filter.tableName) add('table_name = ?', filter.tableName);
  if (filter.rowKey) add('row_key = ?', filter.rowKey);
  if (filter.actorSubject) add('actor_subject = ?', filter.actorSubject);
  if (filter.from) add('at >= ?', filter.from);
  if (filter.to) add('at < ?', filter.to);
  if (filter.after) add('seq > ?::bigint', filter.after);
  parameters.push(filter.limit);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  return manager.query(
    `SELECT ${COLUMNS} FROM audit_entry ${where} ORDER BY seq LIMIT $${parameters.length}`,
    parameters,
  );
}

/**
 * Seals up to `limit` unsealed entries onto the chain, oldest first, under the caller's lock (an
 * IntervalJob round): an entry whose transaction commits late is sealed in a later round, after
 * entries with a higher seq — the chain's order is the order of sealing. Returns how many.
 */
export async function sealAuditEntries(manager: EntityManager, limit: number): Promise<number> {
  const pending: StoredAuditEntry[] = await manager.query(
    `SELECT ${COLUMNS} FROM audit_entry WHERE hash IS NULL ORDER BY seq LIMIT $1`,
    [limit],
  );
  if (!pending.length) return 0;
  const [tail] = await manager.query<{ chainNo: string; hash: string }[]>(
    `SELECT chain_no::text AS "chainNo", hash FROM audit_entry WHERE chain_no IS NOT NULL ORDER BY chain_no DESC LIMIT 1`,
  );
  let chainNo = BigInt(tail?.chainNo ?? '0');
  let previous = tail?.hash ?? null;
  const seqs: string[] = [];
  const numbers: string[] = [];
  const prevHashes: (string | null)[] = [];
  const hashes: string[] = [];
  for (const entry of pending) {
    chainNo += 1n;
    const hash = entryHash(previous, entry);
    seqs.push(entry.seq);
    numbers.push(chainNo.toString());
    prevHashes.push(previous);
    hashes.push(hash);
    previous = hash;
  }
  await manager.query(
    `UPDATE audit_entry e SET chain_no = s.chain_no, prev_hash = s.prev_hash, hash = s.hash
       FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS s(seq, chain_no, prev_hash, hash)
      WHERE e.seq = s.seq`,
    [seqs, numbers, prevHashes, hashes],
  );
  return pending.length;
}

/** Sealed entries in chain order, a page at a time, for the verifier. */
export async function sealedAuditPage(
  manager: EntityManager,
  afterChainNo: string | null,
  limit: number,
): Promise<SealedEntry[]> {
  return manager.query(
    `SELECT ${COLUMNS} FROM audit_entry WHERE chain_no > $1::bigint ORDER BY chain_no LIMIT $2`,
    [afterChainNo ?? '0', limit],
  );
}

/**
 * Pseudonymises the entries about one row (an erased contact, a removed person's profile): every
 * recorded value becomes its salted digest, so no name or address stays readable and the chain
 * still verifies. Runs in the caller's transaction, with the row's own removal.
 */
export async function redactAuditOfRow(
  manager: EntityManager,
  tableName: string,
  rowKey: string,
): Promise<number> {
  return redact(manager, 'table_name = $1 AND row_key = $2', [tableName, rowKey], 'values');
}

/** Pseudonymises the username an erased person acted under (their subject id stays). */
export async function redactAuditActor(manager: EntityManager, subject: string): Promise<number> {
  return redact(manager, 'actor_subject = $1', [subject], 'actor');
}

async function redact(
  manager: EntityManager,
  where: string,
  parameters: unknown[],
  what: 'values' | 'actor',
): Promise<number> {
  const entries: StoredAuditEntry[] = await manager.query(
    `SELECT ${COLUMNS} FROM audit_entry WHERE ${where}`,
    parameters,
  );
  if (!entries.length) return 0;
  await manager.query(`SELECT set_config('samvirke.audit_redaction', 'on', true)`);
  for (const entry of entries) {
    const changes =
      what === 'values'
        ? Object.fromEntries(
            Object.entries(entry.changes).map(([column, [before, after]]) => [
              column,
              [redactValue(entry.salt, before), redactValue(entry.salt, after)],
            ]),
          )
        : entry.changes;
    const username =
      what === 'actor' ? redactValue(entry.salt, entry.actorUsername ?? null) : entry.actorUsername;
    await manager.query(
      `UPDATE audit_entry SET changes = $2, actor_username = $3, redacted_at = coalesce(redacted_at, now()) WHERE seq = $1`,
      [entry.seq, JSON.stringify(changes), JSON.stringify(username ?? null)],
    );
  }
  await manager.query(`SELECT set_config('samvirke.audit_redaction', 'off', true)`);
  return entries.length;
}

/**
 * Removes the oldest sealed entries, up to the first one at or after `before`: always a prefix of
 * the chain, so what remains still verifies from its new first entry.
 */
export async function pruneAuditEntries(
  manager: EntityManager,
  before: Date,
  limit: number,
): Promise<number> {
  await manager.query(`SELECT set_config('samvirke.audit_retention', 'on', true)`);
  const [, removed] = await manager.query<[unknown[], number]>(
    `WITH bounds AS (
       SELECT min(chain_no) AS first,
              coalesce(min(chain_no) FILTER (WHERE at >= $1), max(chain_no) + 1) AS kept
         FROM audit_entry WHERE chain_no IS NOT NULL)
     DELETE FROM audit_entry WHERE chain_no < (SELECT least(kept, first + $2) FROM bounds)
    `,
    [before, limit],
  );
  await manager.query(`SELECT set_config('samvirke.audit_retention', 'off', true)`);
  return removed;
}

/**
 * Records that someone read personal data (a platform admin reading contacts, the audit trail, a
 * person's export): a READ entry with the same who-and-where as a write, in the caller's transaction.
 */
export async function recordAuditRead(
  manager: EntityManager,
  read: {
    readonly tableName: string;
    readonly rowKey?: string | undefined;
    readonly programmeId?: string | undefined;
    readonly what: unknown;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO audit_entry (table_name, action, row_key, programme_id, actor_subject, actor_username,
       actor_client, actor_organisations, on_behalf_of, operation, correlation_id, causation_id, changes)
     SELECT $1, 'READ', $2, $3, c ->> 'subject', c -> 'username', c ->> 'clientId',
       coalesce(ARRAY(SELECT jsonb_array_elements_text(c -> 'organisations')), '{}'),
       c ->> 'onBehalfOf', c ->> 'operation', c ->> 'correlationId', c ->> 'causationId',
       jsonb_build_object('query', jsonb_build_array(NULL, $4::jsonb))
       FROM (SELECT coalesce(nullif(current_setting('samvirke.audit_context', true), ''), '{}')::jsonb AS c) context`,
    [read.tableName, read.rowKey ?? null, read.programmeId ?? null, JSON.stringify(read.what ?? null)],
  );
}

/**
 * Whether one of the organisations is the backbone of the programme in this service's own view of
 * the memberships: partners' `membership`, or the directory's `programme_member` elsewhere. A
 * service with neither (the feed) knows no backbone.
 */
export async function isProgrammeBackbone(
  manager: EntityManager,
  programmeId: string,
  organisations: readonly string[],
): Promise<boolean> {
  const [{ table }] = await manager.query<[{ table: string | null }]>(
    `SELECT coalesce(to_regclass('programme_member')::text, to_regclass('membership')::text) AS table`,
  );
  if (!table || !organisations.length) return false;
  const [{ backbone }] = await manager.query<[{ backbone: boolean }]>(
    `SELECT EXISTS (SELECT 1 FROM ${table === 'programme_member' ? 'programme_member' : 'membership'}
       WHERE programme_id = $1 AND left_on IS NULL AND organisation_id = ANY($2::uuid[])
         AND 'backbone' = ANY(roles)) AS backbone`,
    [programmeId, organisations],
  );
  return backbone;
}
