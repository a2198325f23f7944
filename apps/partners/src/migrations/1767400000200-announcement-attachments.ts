import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files attached to announcements: what they are and their SHA-256; the bytes are in object storage
 * under object_key. The uploader is kept as an organisation, not a person.
 */
export class AnnouncementAttachments1767400000200 implements MigrationInterface {
  name = 'AnnouncementAttachments1767400000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE announcement_attachment (
        id                          uuid PRIMARY KEY,
        announcement_id             uuid NOT NULL REFERENCES announcement (id) ON DELETE CASCADE,
        programme_id                uuid NOT NULL REFERENCES programme (id),
        file_name                   text NOT NULL,
        media_type                  text NOT NULL,
        size_bytes                  bigint NOT NULL CHECK (size_bytes > 0),
        sha256                      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        object_key                  text NOT NULL UNIQUE,
        uploaded_by_organisation_id uuid,
        uploaded_at                 timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX announcement_attachment_announcement ON announcement_attachment (announcement_id, uploaded_at)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE announcement_attachment`);
  }
}
