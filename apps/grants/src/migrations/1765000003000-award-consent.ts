import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-funders consent to their shares: an award is pending until every co-funder other than the
 * call's foundation confirms its share, declined (not made) when one declines; and each funder
 * records the payment of its own part of a tranche. Awards made before this were made by the call's
 * foundation alone: they stay awarded, their shares confirmed, their paid tranches paid per part.
 */
export class AwardConsent1765000003000 implements MigrationInterface {
  name = 'AwardConsent1765000003000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE award
        ADD COLUMN status text NOT NULL DEFAULT 'awarded' CHECK (status IN ('pending', 'awarded', 'declined')),
        ADD COLUMN awarding_organisation_id uuid`);
    await runner.query(`
      UPDATE award a SET awarding_organisation_id = c.funder_organisation_id FROM grant_call c WHERE c.id = a.call_id`);
    await runner.query(`ALTER TABLE award ALTER COLUMN awarding_organisation_id SET NOT NULL`);
    // A declined award is not made: the application may be awarded anew, once at a time.
    await runner.query(`ALTER TABLE award DROP CONSTRAINT award_application_id_key`);
    await runner.query(
      `CREATE UNIQUE INDEX award_application_live ON award (application_id) WHERE status <> 'declined'`,
    );
    await runner.query(`
      ALTER TABLE award_share
        ADD COLUMN status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('pending', 'confirmed', 'declined')),
        ADD COLUMN decided_by text,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN decline_reason text`);
    await runner.query(`
      ALTER TABLE tranche_share
        ADD COLUMN paid_at timestamptz,
        ADD COLUMN paid_by text,
        ADD COLUMN payment_reference text`);
    await runner.query(`
      UPDATE tranche_share s SET paid_at = t.paid_at, paid_by = t.paid_by, payment_reference = t.payment_reference
        FROM tranche t WHERE t.id = s.tranche_id AND t.status = 'paid'`);
  }

  // Down forgets consent and per-part payment: awards not made (pending, declined) are removed first,
  // so that an application has at most one award again.
  async down(runner: QueryRunner): Promise<void> {
    const notMade = `SELECT id FROM award WHERE status <> 'awarded'`;
    await runner.query(
      `DELETE FROM tranche_share WHERE tranche_id IN (SELECT id FROM tranche WHERE award_id IN (${notMade}))`,
    );
    await runner.query(`DELETE FROM tranche WHERE award_id IN (${notMade})`);
    await runner.query(`DELETE FROM award_condition WHERE award_id IN (${notMade})`);
    await runner.query(`DELETE FROM award_share WHERE award_id IN (${notMade})`);
    await runner.query(`DELETE FROM award WHERE status <> 'awarded'`);
    await runner.query(
      `ALTER TABLE tranche_share DROP COLUMN paid_at, DROP COLUMN paid_by, DROP COLUMN payment_reference`,
    );
    await runner.query(
      `ALTER TABLE award_share DROP COLUMN status, DROP COLUMN decided_by, DROP COLUMN decided_at, DROP COLUMN decline_reason`,
    );
    await runner.query(`DROP INDEX award_application_live`);
    await runner.query(`ALTER TABLE award ADD CONSTRAINT award_application_id_key UNIQUE (application_id)`);
    await runner.query(`ALTER TABLE award DROP COLUMN status, DROP COLUMN awarding_organisation_id`);
  }
}
