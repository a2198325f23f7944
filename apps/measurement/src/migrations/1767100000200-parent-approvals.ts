import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first of two approvals of a sub-unit's submission: its municipality's. One row per approved
 * version; a return at the first level is the submission's own decision (status returned).
 */
export class ParentApprovals1767100000200 implements MigrationInterface {
  name = 'ParentApprovals1767100000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE submission_parent_approval (
        submission_id          uuid PRIMARY KEY REFERENCES submission (id) ON DELETE CASCADE,
        parent_organisation_id uuid NOT NULL,
        approved_by            text NOT NULL,
        approved_at            timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE submission_parent_approval`);
  }
}
