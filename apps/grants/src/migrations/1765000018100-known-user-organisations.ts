import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A known user's display name and organisations, as their token said at their latest visit: the
 * call's foundation picks a reviewer from the programme's people instead of typing a username.
 */
export class KnownUserOrganisations1765000018100 implements MigrationInterface {
  name = 'KnownUserOrganisations1765000018100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE known_user
        ADD COLUMN name text,
        ADD COLUMN organisations text[] NOT NULL DEFAULT '{}'`);
    await runner.query(`CREATE INDEX known_user_organisations ON known_user USING gin (organisations)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX known_user_organisations`);
    await runner.query(`ALTER TABLE known_user DROP COLUMN name, DROP COLUMN organisations`);
  }
}
