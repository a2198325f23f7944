import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A read receipt gets a key of its own instead of (announcement, username). The audit trail records
 * each row under its primary key, in plain text inside the hash chain where erasure cannot
 * pseudonymise it, so a username in the key stayed in partners' audit trail after the person was
 * erased. (announcement, username) stays unique. The audit trigger is dropped so the migrate step
 * attaches it again, keyed by the new primary key.
 */
export class AnnouncementReadKey1765100000100 implements MigrationInterface {
  name = 'AnnouncementReadKey1765100000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE announcement_read
        DROP CONSTRAINT announcement_read_pkey,
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        ADD CONSTRAINT announcement_read_once UNIQUE (announcement_id, username)`);
    await runner.query(`DROP TRIGGER IF EXISTS audit_record ON announcement_read`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE announcement_read
        DROP CONSTRAINT announcement_read_once,
        DROP COLUMN id,
        ADD PRIMARY KEY (announcement_id, username)`);
    await runner.query(`DROP TRIGGER IF EXISTS audit_record ON announcement_read`);
  }
}
