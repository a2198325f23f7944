import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A known user is keyed by their Keycloak subject id instead of their username. The audit trail
 * records each row under its primary key, in plain text and inside the hash chain, so a username
 * key left the person's username in grants' audit trail after erasure; the subject id is the
 * pseudonym the trail keeps anyway (actor_subject). The audit trigger is dropped so the migrate
 * step attaches it again, keyed by the new primary key. A subject seen under several usernames
 * keeps its latest row.
 */
export class KnownUserBySubject1765000081000 implements MigrationInterface {
  name = 'KnownUserBySubject1765000081000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DELETE FROM known_user older USING known_user newer
       WHERE older.subject = newer.subject
         AND (older.first_seen_at, older.username) < (newer.first_seen_at, newer.username)`);
    await runner.query(`
      ALTER TABLE known_user
        DROP CONSTRAINT known_user_pkey,
        ADD PRIMARY KEY (subject),
        ADD CONSTRAINT known_user_username UNIQUE (username)`);
    await runner.query(`DROP TRIGGER IF EXISTS audit_record ON known_user`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE known_user
        DROP CONSTRAINT known_user_pkey,
        DROP CONSTRAINT known_user_username,
        ADD PRIMARY KEY (username)`);
    await runner.query(`DROP TRIGGER IF EXISTS audit_record ON known_user`);
  }
}
