import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressValueByPeriod1766200000100 implements MigrationInterface {
  name = 'ProgressValueByPeriod1766200000100';

  async up(runner: QueryRunner): Promise<void> {
    // Analytics reads a programme's values over a range of periods for all its indicators: the
    // primary key (programme, indicator, period, organisation) finds them only by reading every
    // indicator's entries of the programme (EXPLAIN in bench/analytics.bench.ts).
    await runner.query(
      `CREATE INDEX IF NOT EXISTS progress_value_programme_period ON progress_value (programme_id, period)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX IF EXISTS progress_value_programme_period`);
  }
}
