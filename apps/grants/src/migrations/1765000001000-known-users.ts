import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The users who have signed in to grants, so a reviewer is assigned by a username someone has. */
export class KnownUsers1765000001000 implements MigrationInterface {
  name = 'KnownUsers1765000001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE known_user (
        username      text PRIMARY KEY,
        subject       text NOT NULL,
        first_seen_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE known_user`);
  }
}
