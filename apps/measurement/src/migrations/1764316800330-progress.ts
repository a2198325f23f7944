import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Progress1764316800330 implements MigrationInterface {
  name = 'Progress1764316800330';

  async up(runner: QueryRunner): Promise<void> {
    // The values that count: each organisation's latest approved version, totals only.
    await runner.query(`
      CREATE TABLE progress_value (
        programme_id    uuid NOT NULL,
        indicator_id    uuid NOT NULL,
        period          text NOT NULL,
        organisation_id uuid NOT NULL,
        value           numeric NOT NULL,
        submission_id   uuid NOT NULL,
        PRIMARY KEY (programme_id, indicator_id, period, organisation_id)
      )`);
    // Kept current on every approval, so a dashboard read is a lookup.
    await runner.query(`
      CREATE TABLE progress_aggregate (
        programme_id  uuid NOT NULL,
        indicator_id  uuid NOT NULL,
        period        text NOT NULL,
        value         numeric,
        contributors  integer NOT NULL,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (programme_id, indicator_id, period)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE progress_aggregate`);
    await runner.query(`DROP TABLE progress_value`);
  }
}
