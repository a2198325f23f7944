import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After the award: amendments of a made award (proposed terms, before and after, each co-funder's
 * approval whose share changes, applied once all are in; the agreement version it made) and money
 * that came back to a funder (refund or claw-back), which restores the funder's remaining commitment.
 */
export class AwardAmendments1765000064000 implements MigrationInterface {
  name = 'AwardAmendments1765000064000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE award_amendment (
        id               uuid PRIMARY KEY,
        award_id         uuid NOT NULL REFERENCES award (id),
        status           text NOT NULL CHECK (status IN ('pending', 'applied')),
        reason           text NOT NULL,
        before_terms     jsonb NOT NULL,
        after_terms      jsonb NOT NULL,
        proposed_by      text NOT NULL,
        proposed_at      timestamptz NOT NULL DEFAULT now(),
        applied_at       timestamptz,
        agreement_version integer CHECK (agreement_version > 1)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX award_amendment_one_pending ON award_amendment (award_id) WHERE status = 'pending'`,
    );
    await runner.query(`
      CREATE TABLE award_amendment_approval (
        amendment_id           uuid NOT NULL REFERENCES award_amendment (id),
        funder_organisation_id uuid NOT NULL,
        approved_by            text,
        approved_at            timestamptz,
        PRIMARY KEY (amendment_id, funder_organisation_id)
      )`);
    await runner.query(`
      CREATE TABLE award_refund (
        id                     uuid PRIMARY KEY,
        award_id               uuid NOT NULL REFERENCES award (id),
        funder_organisation_id uuid NOT NULL,
        amount_ore             bigint NOT NULL CHECK (amount_ore > 0),
        kind                   text NOT NULL CHECK (kind IN ('refund', 'claw-back')),
        received_on            date NOT NULL,
        reference              text NOT NULL,
        note                   text NOT NULL DEFAULT '',
        recorded_by            text NOT NULL,
        recorded_at            timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX award_refund_award ON award_refund (award_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE award_refund`);
    await runner.query(`DROP TABLE award_amendment_approval`);
    await runner.query(`DROP TABLE award_amendment`);
  }
}
