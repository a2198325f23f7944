import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingReminders1764316800340 implements MigrationInterface {
  name = 'ReportingReminders1764316800340';

  async up(runner: QueryRunner): Promise<void> {
    // The key makes each reminder happen once, however many schedulers run.
    await runner.query(`
      CREATE TABLE reporting_reminder (
        period_id       uuid NOT NULL REFERENCES reporting_period (id),
        organisation_id uuid NOT NULL,
        kind            text NOT NULL CHECK (kind IN ('deadline-approaching', 'overdue')),
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (period_id, organisation_id, kind)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE reporting_reminder`);
  }
}
