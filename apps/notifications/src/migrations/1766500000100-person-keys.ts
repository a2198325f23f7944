import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contacts' data keys as partners hands them out on the person-keys topic (deleted when their
 * tombstone arrives; never audited), and contact.changed.v2 events that arrived before their key.
 */
export class PersonKeys1766500000100 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE person_key (
        key_id      uuid PRIMARY KEY,
        key         bytea NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE sealed_contact (
        contact_id    uuid PRIMARY KEY,
        key_id        uuid NOT NULL,
        sealed        jsonb NOT NULL,
        last_event_id text NOT NULL
      )`);
    await runner.query(`CREATE INDEX sealed_contact_key ON sealed_contact (key_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE sealed_contact, person_key`);
  }
}
