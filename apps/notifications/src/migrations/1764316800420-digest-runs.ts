import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per day the daily digest ran, so several replicas send it once. */
export class DigestRuns1764316800420 implements MigrationInterface {
  name = 'DigestRuns1764316800420';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE digest_run (
        day     date PRIMARY KEY,
        ran_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE digest_run`);
  }
}
