import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each named contact's data key (crypto-shredding): the name and e-mail travel in events only
 * encrypted to it. Never audited (a copy in the trail would survive the erasure that deletes it).
 */
export class PersonKeys1766500000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE person_key (
        key_id     uuid PRIMARY KEY,
        contact_id uuid NOT NULL UNIQUE,
        key        bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE person_key`);
  }
}
