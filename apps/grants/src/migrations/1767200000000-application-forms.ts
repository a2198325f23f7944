import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A call's own application form, in versions: a version that submitted applications answer is never
 * changed (a change becomes the next version). Applications keep their answers, the version they were
 * submitted against, and whether the eligibility questions let them go on. Files answering a file
 * question are in object storage like report attachments, described in application_file.
 */
export class ApplicationForms1767200000000 implements MigrationInterface {
  name = 'ApplicationForms1767200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE call_form (
        call_id     uuid NOT NULL REFERENCES grant_call (id),
        version     int NOT NULL CHECK (version >= 1),
        questions   jsonb NOT NULL,
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (call_id, version)
      )`);
    await runner.query(`
      ALTER TABLE application
        ADD COLUMN form_version int,
        ADD COLUMN answers jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN eligibility jsonb NOT NULL DEFAULT '{"status":"not-asked","messages":[]}'`);
    await runner.query(`
      CREATE TABLE application_file (
        id              uuid PRIMARY KEY,
        application_id  uuid NOT NULL REFERENCES application (id),
        file_name       text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        media_type      text NOT NULL,
        size_bytes      bigint NOT NULL CHECK (size_bytes > 0),
        sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        object_key      text NOT NULL UNIQUE,
        uploaded_by     text NOT NULL,
        uploaded_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX application_file_application ON application_file (application_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE application_file`);
    await runner.query(
      `ALTER TABLE application DROP COLUMN form_version, DROP COLUMN answers, DROP COLUMN eligibility`,
    );
    await runner.query(`DROP TABLE call_form`);
  }
}
