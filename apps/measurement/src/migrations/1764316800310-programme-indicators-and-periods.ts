import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeIndicatorsAndPeriods1764316800310 implements MigrationInterface {
  name = 'ProgrammeIndicatorsAndPeriods1764316800310';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE programme_indicator (
        programme_id  uuid NOT NULL,
        indicator_id  uuid NOT NULL REFERENCES indicator (id),
        frequency     text NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
        baseline      jsonb,
        targets       jsonb NOT NULL DEFAULT '[]',
        required      boolean NOT NULL DEFAULT true,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (programme_id, indicator_id)
      )`);
    await runner.query(`
      CREATE TABLE reporting_period (
        id            uuid PRIMARY KEY,
        programme_id  uuid NOT NULL,
        frequency     text NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
        period        text NOT NULL,
        due_date      date NOT NULL,
        status        text NOT NULL CHECK (status IN ('open', 'closed')),
        opened_at     timestamptz NOT NULL DEFAULT now(),
        closed_at     timestamptz,
        UNIQUE (programme_id, frequency, period)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE reporting_period`);
    await runner.query(`DROP TABLE programme_indicator`);
  }
}
