import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pending amendment ends without being applied: a co-funder declines it (who, when, why on its
 * approval row) or the awarding foundation withdraws it (who, when, why on the amendment).
 */
export class AmendmentDecisions1765000080000 implements MigrationInterface {
  name = 'AmendmentDecisions1765000080000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE award_amendment DROP CONSTRAINT award_amendment_status_check`);
    await runner.query(`ALTER TABLE award_amendment ADD CONSTRAINT award_amendment_status_check
      CHECK (status IN ('pending', 'applied', 'declined', 'withdrawn'))`);
    await runner.query(`ALTER TABLE award_amendment ADD COLUMN withdrawn_by text,
      ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdraw_reason text`);
    await runner.query(`ALTER TABLE award_amendment_approval ADD COLUMN declined_by text,
      ADD COLUMN declined_at timestamptz, ADD COLUMN decline_reason text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM award_amendment_approval a USING award_amendment m
      WHERE a.amendment_id = m.id AND m.status IN ('declined', 'withdrawn')`);
    await runner.query(`DELETE FROM award_amendment WHERE status IN ('declined', 'withdrawn')`);
    await runner.query(`ALTER TABLE award_amendment_approval DROP COLUMN declined_by,
      DROP COLUMN declined_at, DROP COLUMN decline_reason`);
    await runner.query(`ALTER TABLE award_amendment DROP COLUMN withdrawn_by,
      DROP COLUMN withdrawn_at, DROP COLUMN withdraw_reason`);
    await runner.query(`ALTER TABLE award_amendment DROP CONSTRAINT award_amendment_status_check`);
    await runner.query(`ALTER TABLE award_amendment ADD CONSTRAINT award_amendment_status_check
      CHECK (status IN ('pending', 'applied'))`);
  }
}
