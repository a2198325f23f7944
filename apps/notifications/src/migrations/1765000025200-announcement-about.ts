import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A notification may be about an announcement, so the portal links to the announcement itself. */
export class AnnouncementAbout1765000025200 implements MigrationInterface {
  name = 'AnnouncementAbout1765000025200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE notification
        DROP CONSTRAINT notification_about_kind_check,
        ADD CONSTRAINT notification_about_kind_check
          CHECK (about_kind IN ('programme', 'reporting-period', 'award', 'announcement'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM notification WHERE about_kind = 'announcement'`);
    await runner.query(`
      ALTER TABLE notification
        DROP CONSTRAINT notification_about_kind_check,
        ADD CONSTRAINT notification_about_kind_check CHECK (about_kind IN ('programme', 'reporting-period', 'award'))`);
  }
}
