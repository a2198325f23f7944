import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The dates of the calendar feeds (from measurement's and grants' events) and each person's feed. */
export class Calendar1765000025300 implements MigrationInterface {
  name = 'Calendar1765000025300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE calendar_entry (
        uid          text PRIMARY KEY,
        programme_id uuid NOT NULL,
        kind         text NOT NULL CHECK (kind IN ('reporting-deadline', 'grant-call-deadline', 'meeting')),
        label        text NOT NULL,
        on_date      date,
        at           timestamptz,
        sequence     integer NOT NULL DEFAULT 0,
        updated_at   timestamptz NOT NULL,
        CHECK ((on_date IS NULL) <> (at IS NULL))
      )`);
    await runner.query(`CREATE INDEX calendar_entry_programme ON calendar_entry (programme_id)`);
    await runner.query(`
      CREATE TABLE calendar_feed (
        subject          text PRIMARY KEY,
        token_hash       text NOT NULL UNIQUE,
        organisation_ids uuid[] NOT NULL,
        created_at       timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE calendar_feed`);
    await runner.query(`DROP TABLE calendar_entry`);
  }
}
