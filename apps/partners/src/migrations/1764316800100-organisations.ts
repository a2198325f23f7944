import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organisations1764316800100 implements MigrationInterface {
  name = 'Organisations1764316800100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE organisation (
        id            uuid PRIMARY KEY,
        name          text NOT NULL,
        type          text NOT NULL CHECK (type IN
                        ('foundation','municipality','region','ngo','company','knowledge-institution','other')),
        cvr           char(8) UNIQUE,
        kommunekode   char(3) UNIQUE,
        region_code   char(4),
        contact_email text,
        website       text,
        archived      boolean NOT NULL DEFAULT false,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        version       integer NOT NULL DEFAULT 1,
        CHECK ((type = 'municipality') = (kommunekode IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX organisation_name ON organisation (lower(name))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE organisation`);
  }
}
