import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files attached to grantee reports: the bytes in S3-compatible object storage under `object_key`,
 * what they are and their SHA-256 here (checked again on every download). Never deleted, like the
 * reports they belong to.
 */
export class ReportAttachments1765000070000 implements MigrationInterface {
  name = 'ReportAttachments1765000070000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE report_attachment (
        id           uuid PRIMARY KEY,
        report_id    uuid NOT NULL REFERENCES grant_report (id),
        award_id     uuid NOT NULL REFERENCES award (id),
        file_name    text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        media_type   text NOT NULL,
        size_bytes   bigint NOT NULL CHECK (size_bytes > 0),
        sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        object_key   text NOT NULL UNIQUE,
        uploaded_by  text NOT NULL,
        uploaded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX report_attachment_report ON report_attachment (report_id, uploaded_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE report_attachment`);
  }
}
