/**
 * The audit trail's tables and triggers, installed into a service's schema by the migrate step
 * after the service's own migrations (data-source.factory.ts `migrate`), so every table a
 * migration creates — today's and those added later — records its writes without code of its own.
 *
 * Every INSERT, UPDATE and DELETE of a row becomes one `audit_entry` in the same transaction: the
 * table, the row's key, the changed columns' values before and after, the programme (a
 * `programme_id` column, or the id of a `programme` row), and from the transaction's context
 * (`samvirke.audit_context`, set by audit-context.subscriber.ts) who acted, for which
 * organisations, on whose behalf, in which operation and request. The entries are append-only:
 * a trigger refuses UPDATE, DELETE and TRUNCATE except the three ways the platform itself changes
 * them (sealing into the hash chain, redaction of erased personal data, retention), each of which
 * announces itself by a transaction-local setting and cannot change what the chain covers.
 */

import { GUARD, RECORD, RECORD_BULK } from './audit-functions.js';

/**
 * Tables that are the machinery of other records, never audited: the outbox holds the events of
 * changes already audited (and its relay marks every row sent), the inbox and dead letters what
 * was consumed. A data subject request's private key is kept only to be erased: a copy in the
 * trail would defeat the crypto-shredding it exists for; so would a copy of a person's data key
 * (`person_key`, in partners and in notifications). A health check response is anonymous: an
 * entry naming the actor who inserted it would be the very link between a person and their
 * answers that partners keeps apart (who answered is audited as health_check_respondent).
 */
export const UNAUDITED_TABLES = [
  'audit_entry',
  'schema_migrations',
  'outbox_message',
  'inbox_message',
  'consumer_dead_letter',
  'data_subject_request_key',
  'person_key',
  'health_check_response',
] as const;

/**
 * Tables written a hundred thousand rows at a time (a submission's values): their writes are
 * recorded once per statement — the operation, how many rows and a SHA-256 of the rows in a fixed
 * order, as [before, after] pairs like any change (`$rows`, `$sha256`) — instead of once per row, which made a 100,000-value CSV write 100,000 audit entries.
 * The row that owns them (the submission version) is still audited row by row.
 */
export const BULK_AUDITED_TABLES = ['submission_value'] as const;

const TABLE = `
CREATE TABLE IF NOT EXISTS audit_entry (
  seq                bigserial PRIMARY KEY,
  at                 timestamptz NOT NULL DEFAULT clock_timestamp(),
  table_name         text NOT NULL,
  action             text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'READ')),
  row_key            text,
  programme_id       text,
  actor_subject      text,
  actor_username     jsonb,
  actor_client       text,
  actor_organisations text[] NOT NULL DEFAULT '{}',
  on_behalf_of       text,
  operation          text,
  correlation_id     text,
  causation_id       text,
  changes            jsonb NOT NULL,
  salt               text NOT NULL DEFAULT gen_random_uuid()::text,
  chain_no           bigint UNIQUE,
  prev_hash          text,
  hash               text,
  redacted_at        timestamptz
);
CREATE INDEX IF NOT EXISTS audit_entry_unsealed ON audit_entry (seq) WHERE hash IS NULL;
CREATE INDEX IF NOT EXISTS audit_entry_programme ON audit_entry (programme_id, seq);
CREATE INDEX IF NOT EXISTS audit_entry_row ON audit_entry (table_name, row_key);
CREATE INDEX IF NOT EXISTS audit_entry_actor ON audit_entry (actor_subject);
CREATE INDEX IF NOT EXISTS audit_entry_at ON audit_entry (at);
`;

/**
 * Attaches `audit_record` to every table of the schema that has none yet (keyed by its primary
 * key's columns), leaving out the machinery in UNAUDITED_TABLES.
 */
const ATTACH = `
DO $do$
DECLARE
  target record;
BEGIN
  FOR target IN
    SELECT c.oid, c.relname,
      coalesce((SELECT string_agg(quote_literal(a.attname), ', ' ORDER BY array_position(i.indkey, a.attnum))
        FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = c.oid AND i.indisprimary), '') AS key_columns
    FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.relname <> ALL ($1) AND c.relname <> ALL ($2)
      AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'audit_record')
  LOOP
    EXECUTE format('CREATE TRIGGER audit_record AFTER INSERT OR UPDATE OR DELETE ON %I '
      'FOR EACH ROW EXECUTE FUNCTION audit_record(%s)', target.relname, target.key_columns);
  END LOOP;
  -- Bulk tables: per statement (a row trigger an earlier version attached is replaced).
  FOR target IN
    SELECT c.oid, c.relname FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
      AND c.relname = ANY ($2)
      AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'audit_record_inserts')
  LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS audit_record ON %I', target.relname);
    EXECUTE format('CREATE TRIGGER audit_record_inserts AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION audit_record_bulk()', target.relname);
    EXECUTE format('CREATE TRIGGER audit_record_updates AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION audit_record_bulk()', target.relname);
    EXECUTE format('CREATE TRIGGER audit_record_deletes AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION audit_record_bulk()', target.relname);
  END LOOP;
END
$do$;
`;

/**
 * The statements `installAuditTrail` runs in `schema` (the current schema), in order (each
 * idempotent). The functions name their schema in full, so a write through a connection whose
 * search_path does not list the service's schema (a script, a benchmark, psql) is audited too
 * instead of failing with "function audit_value(jsonb) does not exist".
 */
export function auditTrailStatements(schema: string): string[] {
  const names = (tables: readonly string[]) =>
    `ARRAY[${tables.map((name) => `'${name}'`).join(', ')}]::name[]`;
  const attach = ATTACH.replace('$1', names(UNAUDITED_TABLES)).replaceAll('$2', names(BULK_AUDITED_TABLES));
  const quoted = `"${schema.replaceAll('"', '""')}"`;
  return [TABLE, RECORD, RECORD_BULK, GUARD, attach].map((statement) =>
    statement.replaceAll('@SCHEMA@', quoted),
  );
}
