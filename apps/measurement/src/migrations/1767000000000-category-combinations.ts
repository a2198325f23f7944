import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CategoryCombinations1767000000000 implements MigrationInterface {
  name = 'CategoryCombinations1767000000000';

  async up(runner: QueryRunner): Promise<void> {
    // An indicator's disaggregations crossed with each other (køn × aldersgruppe); existing
    // indicators have none. Cells are stored as submission values whose disaggregation names them.
    await runner.query(
      `ALTER TABLE indicator ADD COLUMN IF NOT EXISTS category_combinations jsonb NOT NULL DEFAULT '[]'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE indicator DROP COLUMN IF EXISTS category_combinations`);
  }
}
