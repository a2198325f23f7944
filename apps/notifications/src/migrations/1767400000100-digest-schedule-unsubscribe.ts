import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's digest schedule (daily, or weekly on an ISO weekday); addresses that followed a signed
 * unsubscribe link, by the SHA-256 of the address (a contact may have no login and no preferences);
 * and the token of an e-mail's unsubscribe link, for its List-Unsubscribe header. The opt-out's
 * row key is its own id, not the address's digest, which the audit trail would seal for good.
 */
export class DigestScheduleUnsubscribe1767400000100 implements MigrationInterface {
  name = 'DigestScheduleUnsubscribe1767400000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE user_profile
        ADD COLUMN digest_frequency text NOT NULL DEFAULT 'daily' CHECK (digest_frequency IN ('daily', 'weekly')),
        ADD COLUMN digest_weekday smallint NOT NULL DEFAULT 1 CHECK (digest_weekday BETWEEN 1 AND 7)`);
    await runner.query(`
      CREATE TABLE email_opt_out (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email_digest  text NOT NULL,
        category      text NOT NULL,
        opted_out_at  timestamptz NOT NULL DEFAULT now(),
        UNIQUE (email_digest, category)
      )`);
    await runner.query(`ALTER TABLE delivery ADD COLUMN unsubscribe_token text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE delivery DROP COLUMN unsubscribe_token`);
    await runner.query(`DROP TABLE email_opt_out`);
    await runner.query(`ALTER TABLE user_profile DROP COLUMN digest_frequency, DROP COLUMN digest_weekday`);
  }
}
