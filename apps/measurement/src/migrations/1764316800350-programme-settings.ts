import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeSettings1764316800350 implements MigrationInterface {
  name = 'ProgrammeSettings1764316800350';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE programme_settings (
        programme_id      uuid PRIMARY KEY,
        rules             jsonb NOT NULL DEFAULT '[]',
        suppress_below    integer NOT NULL DEFAULT 5,
        min_contributors  integer NOT NULL DEFAULT 3,
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE programme_settings`);
  }
}
