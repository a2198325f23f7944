import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events about a programme notifications has not heard of yet (partners records a new
 * programme's memberships before programme.created), kept until the programme arrives so that
 * their messages can name it.
 */
export class DeferredNotifications1764316800430 implements MigrationInterface {
  name = 'DeferredNotifications1764316800430';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE deferred_notification (
        event_id      uuid PRIMARY KEY,
        seq           bigint GENERATED ALWAYS AS IDENTITY,
        programme_id  uuid NOT NULL,
        event         jsonb NOT NULL,
        deferred_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX deferred_notification_programme ON deferred_notification (programme_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE deferred_notification`);
  }
}
