import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory learns which organisation each one is a sub-unit of (organisation events carry
 * `parentOrganisationId`). Rows heard of before have none until partners' next event about them.
 * No foreign key: events of different organisations may arrive in any order.
 */
export class DirectoryParents1767100000100 implements MigrationInterface {
  name = 'DirectoryParents1767100000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE known_organisation ADD COLUMN IF NOT EXISTS parent_id uuid`);
    await runner.query(
      `CREATE INDEX IF NOT EXISTS known_organisation_parent ON known_organisation (parent_id) WHERE parent_id IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE known_organisation DROP COLUMN IF EXISTS parent_id`);
  }
}
