import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFAULT_SECTIONS = JSON.stringify([
  { key: 'progress', title: 'Progress and activities' },
  { key: 'results', title: 'Results for the target group' },
  { key: 'challenges', title: 'Challenges and changes to the plan' },
]);

/**
 * Grantee reports beyond indicators: a call's narrative report template, what a tranche waits for
 * besides data (a report of a kind, the agreement's acceptance), and the reports with every version,
 * never deleted: a returned report stays with its comment beside the next version.
 */
export class GrantReports1765000062300 implements MigrationInterface {
  name = 'GrantReports1765000062300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE grant_call ADD COLUMN report_sections jsonb NOT NULL DEFAULT '${DEFAULT_SECTIONS}'`,
    );
    await runner.query(`
      ALTER TABLE tranche
        ADD COLUMN awaits_report text CHECK (awaits_report IN ('progress', 'final')),
        ADD COLUMN awaits_agreement boolean NOT NULL DEFAULT false`);
    await runner.query(`
      CREATE TABLE grant_report (
        id               uuid PRIMARY KEY,
        award_id         uuid NOT NULL REFERENCES award (id),
        kind             text NOT NULL CHECK (kind IN ('progress', 'final')),
        tranche_id       uuid REFERENCES tranche (id),
        version          integer NOT NULL CHECK (version > 0),
        status           text NOT NULL CHECK (status IN ('submitted', 'approved', 'returned')),
        sections         jsonb NOT NULL,
        financial_lines  jsonb NOT NULL,
        submitted_by     text NOT NULL,
        submitted_at     timestamptz NOT NULL DEFAULT now(),
        decided_by       text,
        decided_at       timestamptz,
        comment          text
      )`);
    // One version number per report (award, kind, tranche); NULLS NOT DISTINCT so a report on no tranche counts too.
    await runner.query(
      `CREATE UNIQUE INDEX grant_report_version ON grant_report (award_id, kind, tranche_id, version) NULLS NOT DISTINCT`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE grant_report`);
    await runner.query(`ALTER TABLE tranche DROP COLUMN awaits_report, DROP COLUMN awaits_agreement`);
    await runner.query(`ALTER TABLE grant_call DROP COLUMN report_sections`);
  }
}
