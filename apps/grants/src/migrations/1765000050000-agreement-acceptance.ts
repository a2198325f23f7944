import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grant agreements: the grantee's acceptance of a version of an award's agreement, with the
 * SHA-256 of the terms it accepted, who and when. Never updated: a new version is a new row.
 */
export class AgreementAcceptance1765000050000 implements MigrationInterface {
  name = 'AgreementAcceptance1765000050000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE agreement_acceptance (
        award_id uuid NOT NULL REFERENCES award (id),
        version integer NOT NULL CHECK (version > 0),
        terms_sha256 text NOT NULL CHECK (terms_sha256 ~ '^[0-9a-f]{64}$'),
        accepted_by text NOT NULL,
        accepted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (award_id, version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE agreement_acceptance`);
  }
}
