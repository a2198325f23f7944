import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KnownOrganisations1764316800400 implements MigrationInterface {
  name = 'KnownOrganisations1764316800400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE known_organisation (
        id             uuid PRIMARY KEY,
        name           text NOT NULL,
        type           text NOT NULL,
        registered_at  timestamptz NOT NULL,
        last_event_id  uuid NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE known_organisation`);
  }
}
