import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each named contact's legal basis (issue 24); contacts from before are held on legitimate interest. */
export class ContactLegalBasis1765000024200 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE contact ADD COLUMN legal_basis text NOT NULL DEFAULT 'legitimate-interest'
      CHECK (legal_basis IN ('public-task', 'legitimate-interest', 'consent', 'contract'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE contact DROP COLUMN legal_basis`);
  }
}
