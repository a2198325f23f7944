import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationParents1767100000000 implements MigrationInterface {
  name = 'OrganisationParents1767100000000';

  async up(runner: QueryRunner): Promise<void> {
    // A sub-unit (forvaltning, institution) belongs under another organisation; the rules keep the
    // tree shallow and free of cycles, the foreign key keeps a parent from vanishing under it.
    await runner.query(`ALTER TABLE organisation ADD COLUMN parent_id uuid REFERENCES organisation (id)`);
    await runner.query(
      `CREATE INDEX organisation_parent ON organisation (parent_id) WHERE parent_id IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE organisation DROP COLUMN parent_id`);
  }
}
