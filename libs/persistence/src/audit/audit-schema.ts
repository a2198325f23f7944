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
 * A value as the trail records it: long values (documents, uploads) by digest and length, not
 * copied. Written out inline in the trigger: as a SQL function (`audit_value`, kept for readers of
 * older installs) PostgreSQL called it per column without inlining, which was most of the
 * trigger's cost (≈ 45 µs of a 9-column row's ≈ 75 µs).
 */
function recorded(value: string): string {
  return `CASE WHEN ${value} IS NOT NULL AND length((${value})::text) > 2048
      THEN jsonb_build_object('$sha256', encode(sha256(convert_to((${value})::text, 'UTF8')), 'hex'),
                              '$length', length((${value})::text))
      ELSE ${value} END`;
}

const RECORD = `
CREATE OR REPLACE FUNCTION @SCHEMA@.audit_value(value jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $fn$
  SELECT ${recorded('value')}
$fn$;

CREATE OR REPLACE FUNCTION @SCHEMA@.audit_record() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  context jsonb := nullif(current_setting('samvirke.audit_context', true), '')::jsonb;
  before  jsonb;
  row     jsonb;
  diff    jsonb;
  key_no  integer;
  key_parts text[] := '{}';
BEGIN
  -- The changed columns as {column: [before, after]}, in one aggregate.
  IF TG_OP = 'INSERT' THEN
    row := to_jsonb(NEW);
    SELECT jsonb_object_agg(a.key, jsonb_build_array(NULL, ${recorded('a.value')}))
      INTO diff FROM jsonb_each(row) a;
  ELSIF TG_OP = 'DELETE' THEN
    row := to_jsonb(OLD);
    SELECT jsonb_object_agg(b.key, jsonb_build_array(${recorded('b.value')}, NULL))
      INTO diff FROM jsonb_each(row) b;
  ELSE
    before := to_jsonb(OLD);
    row := to_jsonb(NEW);
    SELECT jsonb_object_agg(a.key, jsonb_build_array(${recorded('before -> a.key')}, ${recorded('a.value')}))
      INTO diff FROM jsonb_each(row) a WHERE (before -> a.key) IS DISTINCT FROM a.value;
    IF diff IS NULL THEN RETURN NULL; END IF;
  END IF;
  diff := coalesce(diff, '{}');
  FOR key_no IN 0 .. TG_NARGS - 1 LOOP
    key_parts := key_parts || (row ->> TG_ARGV[key_no]);
  END LOOP;
  INSERT INTO @SCHEMA@.audit_entry (table_name, action, row_key, programme_id, actor_subject, actor_username,
    actor_client, actor_organisations, on_behalf_of, operation, correlation_id, causation_id, changes)
  VALUES (TG_TABLE_NAME, TG_OP, array_to_string(key_parts, '/'),
    coalesce(row ->> 'programme_id', CASE WHEN TG_TABLE_NAME = 'programme' THEN row ->> 'id' END),
    context ->> 'subject', context -> 'username', context ->> 'clientId',
    coalesce(ARRAY(SELECT jsonb_array_elements_text(context -> 'organisations')), '{}'),
    context ->> 'onBehalfOf', context ->> 'operation', context ->> 'correlationId',
    context ->> 'causationId', diff);
  RETURN NULL;
END
$fn$;
`;

/**
 * One entry per statement on a bulk table, from the statement's transition table; each row made
 * JSON and text once (three times before: ~20 % of the trigger's time on 100,000 rows).
 */
const RECORD_BULK = `
CREATE OR REPLACE FUNCTION @SCHEMA@.audit_record_bulk() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  context jsonb := nullif(current_setting('samvirke.audit_context', true), '')::jsonb;
  changed bigint;
  digest  text;
  programme text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT count(*), encode(sha256(convert_to(coalesce(string_agg(x.t, E'\\n' ORDER BY x.t), ''), 'UTF8')), 'hex'),
      min(x.j ->> 'programme_id')
      INTO changed, digest, programme FROM (SELECT j, j::text AS t FROM (SELECT to_jsonb(r) AS j FROM old_rows r) y) x;
  ELSE
    SELECT count(*), encode(sha256(convert_to(coalesce(string_agg(x.t, E'\\n' ORDER BY x.t), ''), 'UTF8')), 'hex'),
      min(x.j ->> 'programme_id')
      INTO changed, digest, programme FROM (SELECT j, j::text AS t FROM (SELECT to_jsonb(r) AS j FROM new_rows r) y) x;
  END IF;
  IF changed = 0 THEN RETURN NULL; END IF;
  INSERT INTO @SCHEMA@.audit_entry (table_name, action, row_key, programme_id, actor_subject, actor_username,
    actor_client, actor_organisations, on_behalf_of, operation, correlation_id, causation_id, changes)
  VALUES (TG_TABLE_NAME, TG_OP, NULL, programme,
    context ->> 'subject', context -> 'username', context ->> 'clientId',
    coalesce(ARRAY(SELECT jsonb_array_elements_text(context -> 'organisations')), '{}'),
    context ->> 'onBehalfOf', context ->> 'operation', context ->> 'correlationId',
    context ->> 'causationId', CASE WHEN TG_OP = 'DELETE'
      THEN jsonb_build_object('$rows', jsonb_build_array(changed, NULL), '$sha256', jsonb_build_array(digest, NULL))
      ELSE jsonb_build_object('$rows', jsonb_build_array(NULL, changed), '$sha256', jsonb_build_array(NULL, digest))
    END);
  RETURN NULL;
END
$fn$;
`;

const GUARD = `
CREATE OR REPLACE FUNCTION @SCHEMA@.audit_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  chain_columns text[] := ARRAY['chain_no', 'prev_hash', 'hash'];
  redactable    text[] := ARRAY['changes', 'actor_username', 'redacted_at'];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF current_setting('samvirke.audit_retention', true) = 'on' AND OLD.hash IS NOT NULL THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND (to_jsonb(NEW) - chain_columns) = (to_jsonb(OLD) - chain_columns) THEN
    RETURN NEW;
  END IF;
  IF current_setting('samvirke.audit_redaction', true) = 'on'
     AND (to_jsonb(NEW) - redactable) = (to_jsonb(OLD) - redactable) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END
$fn$;

DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_guard();
DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry;
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_guard();
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
