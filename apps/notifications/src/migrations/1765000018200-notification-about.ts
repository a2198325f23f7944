import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What an in-app notification is about (a programme, a reporting period, an award), for a link to it. */
export class NotificationAbout1765000018200 implements MigrationInterface {
  name = 'NotificationAbout1765000018200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE notification
        ADD COLUMN about_kind text CHECK (about_kind IN ('programme', 'reporting-period', 'award')),
        ADD COLUMN about_id uuid,
        ADD CONSTRAINT notification_about_whole CHECK ((about_kind IS NULL) = (about_id IS NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE notification DROP CONSTRAINT notification_about_whole, DROP COLUMN about_kind, DROP COLUMN about_id`,
    );
  }
}
