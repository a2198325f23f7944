import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grants keeps each organisation's CVR number from partners' organisation events, for the funders'
 * ERP (tranche.eligible and payment.recorded carry funder's and grantee's CVR). Organisations heard
 * of before have none until partners' next event about them.
 */
export class OrganisationCvr1766300000000 implements MigrationInterface {
  name = 'OrganisationCvr1766300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE known_organisation ADD COLUMN IF NOT EXISTS cvr text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE known_organisation DROP COLUMN IF EXISTS cvr`);
  }
}
