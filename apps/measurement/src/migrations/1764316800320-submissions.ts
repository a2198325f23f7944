import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Submissions1764316800320 implements MigrationInterface {
  name = 'Submissions1764316800320';

  async up(runner: QueryRunner): Promise<void> {
    // Every version is kept; only the latest approved one counts.
    await runner.query(`
      CREATE TABLE submission (
        id              uuid PRIMARY KEY,
        programme_id    uuid NOT NULL,
        period_id       uuid NOT NULL REFERENCES reporting_period (id),
        organisation_id uuid NOT NULL,
        version         integer NOT NULL,
        status          text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
        saved_by        text NOT NULL,
        saved_at        timestamptz NOT NULL DEFAULT now(),
        submitted_at    timestamptz,
        decided_by      text,
        decided_at      timestamptz,
        comment         text,
        UNIQUE (period_id, organisation_id, version)
      )`);
    await runner.query(`
      CREATE TABLE submission_value (
        submission_id  uuid NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
        indicator_id   uuid NOT NULL REFERENCES indicator (id),
        disaggregation text NOT NULL DEFAULT '',
        value          numeric NOT NULL,
        PRIMARY KEY (submission_id, indicator_id, disaggregation)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE submission_value`);
    await runner.query(`DROP TABLE submission`);
  }
}
