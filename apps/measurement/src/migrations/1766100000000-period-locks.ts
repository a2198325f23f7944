import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A period can be locked as well as closed, and every close, lock and reopening is kept with who and why. */
export class PeriodLocks1766100000000 implements MigrationInterface {
  name = 'PeriodLocks1766100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE reporting_period DROP CONSTRAINT reporting_period_status_check`);
    await runner.query(
      `ALTER TABLE reporting_period ADD CONSTRAINT reporting_period_status_check CHECK (status IN ('open', 'closed', 'locked'))`,
    );
    await runner.query(`
      CREATE TABLE reporting_period_history (
        id         uuid PRIMARY KEY,
        period_id  uuid NOT NULL REFERENCES reporting_period (id),
        action     text NOT NULL CHECK (action IN ('closed', 'reopened', 'locked', 'unlocked')),
        reason     text,
        acted_by   text NOT NULL,
        acted_at   timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await runner.query(
      `CREATE INDEX reporting_period_history_period ON reporting_period_history (period_id, acted_at)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE reporting_period_history`);
    await runner.query(`UPDATE reporting_period SET status = 'closed' WHERE status = 'locked'`);
    await runner.query(`ALTER TABLE reporting_period DROP CONSTRAINT reporting_period_status_check`);
    await runner.query(
      `ALTER TABLE reporting_period ADD CONSTRAINT reporting_period_status_check CHECK (status IN ('open', 'closed'))`,
    );
  }
}
