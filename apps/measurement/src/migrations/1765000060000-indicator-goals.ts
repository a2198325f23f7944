import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The goals of the programme's common agenda each of its indicators serves (none until set). */
export class IndicatorGoals1765000060000 implements MigrationInterface {
  name = 'IndicatorGoals1765000060000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE programme_indicator ADD COLUMN goal_ids uuid[] NOT NULL DEFAULT '{}'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE programme_indicator DROP COLUMN goal_ids`);
  }
}
