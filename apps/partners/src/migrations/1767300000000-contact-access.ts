import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which integration clients a platform admin has let see named contacts (issue 24); none by
 * default. Keyed by the Keycloak client id (not personal data); who granted it is in the audit trail.
 */
export class ContactAccess1767300000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE contact_access_grant (
        client_id  text PRIMARY KEY,
        granted_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE contact_access_grant`);
  }
}
