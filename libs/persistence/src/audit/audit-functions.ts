/**
 * The audit trail's PostgreSQL functions (audit-schema.ts installs them): the row trigger, the
 * statement trigger of bulk tables and the append-only guard. `@SCHEMA@` stands for the service's
 * schema, filled in by auditTrailStatements.
 */

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

export const RECORD = `
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
export const RECORD_BULK = `
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

export const GUARD = `
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
