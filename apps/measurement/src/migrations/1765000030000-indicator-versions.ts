import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicator versions and retirement. Every version is its own row with its own code (the first keeps
 * the lineage's code, later ones `<lineage>.v<N>`), so submissions, targets and progress that point
 * at a version keep pointing at exactly what was measured.
 */
export class IndicatorVersions1765000030000 implements MigrationInterface {
  name = 'IndicatorVersions1765000030000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE indicator
        ADD COLUMN lineage       text,
        ADD COLUMN version       integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        ADD COLUMN superseded_by uuid REFERENCES indicator (id),
        ADD COLUMN retired_at    timestamptz`);
    await runner.query(`UPDATE indicator SET lineage = code`);
    await runner.query(`ALTER TABLE indicator ALTER COLUMN lineage SET NOT NULL`);
    await runner.query(
      `ALTER TABLE indicator ADD CONSTRAINT indicator_lineage_version UNIQUE (lineage, version)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE indicator DROP CONSTRAINT indicator_lineage_version,
        DROP COLUMN retired_at, DROP COLUMN superseded_by, DROP COLUMN version, DROP COLUMN lineage`);
  }
}
