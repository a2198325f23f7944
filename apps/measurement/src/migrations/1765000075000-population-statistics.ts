import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Official statistics per municipality and period for a library indicator (its population context). */
export class PopulationStatistics1765000075000 implements MigrationInterface {
  name = 'PopulationStatistics1765000075000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE population_statistic (
        indicator_id  uuid NOT NULL REFERENCES indicator (id),
        kommunekode   text NOT NULL CHECK (kommunekode ~ '^[0-9]{3}$'),
        period        text NOT NULL,
        value         numeric NOT NULL,
        source        text NOT NULL,
        loaded_by     text NOT NULL,
        loaded_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (indicator_id, period, kommunekode)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE population_statistic`);
  }
}
