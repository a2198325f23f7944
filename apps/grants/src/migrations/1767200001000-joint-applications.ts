import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joint applications: the partner organisations that apply with the lead applicant, each with its part
 * of the budget and its answer (invited, confirmed or declined with a reason).
 */
export class JointApplications1767200001000 implements MigrationInterface {
  name = 'JointApplications1767200001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE application_partner (
        application_id   uuid NOT NULL REFERENCES application (id),
        organisation_id  uuid NOT NULL,
        position         int NOT NULL,
        budget_ore       bigint NOT NULL CHECK (budget_ore > 0),
        status           text NOT NULL CHECK (status IN ('invited', 'confirmed', 'declined')),
        answered_by      text,
        answered_at      timestamptz,
        reason           text,
        PRIMARY KEY (application_id, organisation_id)
      )`);
    await runner.query(
      `CREATE INDEX application_partner_organisation ON application_partner (organisation_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE application_partner`);
  }
}
