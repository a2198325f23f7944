import type { EntityManager } from 'typeorm';
import type { SubmissionApprovedV1 } from '@samvirke/contracts';
import type { ConditionState, TrancheState } from './tranches.rules.js';

/** Unpaid tranches of made awards, the reporting that meets their conditions, and grants' copy of it. */
export class TranchesStore {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Keeps the latest decided version of an organisation's submission for a reporting period (an
   * older version arriving late changes nothing); whether it changed anything.
   */
  async recordReportedPeriod(data: SubmissionApprovedV1, status: 'approved' | 'returned'): Promise<boolean> {
    const changed = await this.manager.query<unknown[]>(
      `INSERT INTO reported_period (programme_id, period_id, organisation_id, period, submission_id, version, status, indicator_codes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (programme_id, period_id, organisation_id) DO UPDATE
         SET period = EXCLUDED.period, submission_id = EXCLUDED.submission_id, version = EXCLUDED.version,
             status = EXCLUDED.status, indicator_codes = EXCLUDED.indicator_codes
       WHERE reported_period.version <= EXCLUDED.version
       RETURNING 1`,
      [
        data.programmeId,
        data.periodId,
        data.organisationId,
        data.period,
        data.submissionId,
        data.version,
        status,
        data.indicatorCodes,
      ],
    );
    return changed.length > 0;
  }

  async awardsOfGrantee(programmeId: string, organisationId: string): Promise<string[]> {
    const awards = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM award WHERE programme_id = $1 AND grantee_organisation_id = $2`,
      [programmeId, organisationId],
    );
    return awards.map((award) => award.id);
  }

  /** The unpaid tranches of the awards that are made, locked for this transaction. */
  unpaidTranches(awardIds: string[]): Promise<TrancheState[]> {
    return this.manager.query<TrancheState[]>(
      `SELECT t.id, t.award_id, a.programme_id, a.grantee_organisation_id, a.title, t.amount_ore,
              t.earliest_date::text AS earliest_date, t.condition_ids, t.status,
              (SELECT array_agg(s.funder_organisation_id ORDER BY s.funder_organisation_id) FROM award_share s
                WHERE s.award_id = a.id) AS funders,
              (t.awaits_report IS NULL OR EXISTS (
                 SELECT 1 FROM grant_report r WHERE r.award_id = t.award_id AND r.tranche_id = t.id
                    AND r.kind = t.awaits_report AND r.status = 'approved')) AS report_met,
              (NOT t.awaits_agreement OR EXISTS (
                 SELECT 1 FROM agreement_acceptance aa WHERE aa.award_id = t.award_id
                    AND aa.version = 1 + (SELECT count(*) FROM award_amendment m
                                           WHERE m.award_id = t.award_id AND m.status = 'applied'))) AS agreement_met
         FROM tranche t JOIN award a ON a.id = t.award_id
        WHERE t.award_id = ANY($1::uuid[]) AND t.status IN ('pending', 'eligible') AND a.status = 'awarded'
        ORDER BY t.award_id, t.position FOR UPDATE OF t`,
      [awardIds],
    );
  }

  /** Each condition of the awards with the approved submission that meets it, if any. */
  async conditions(awardIds: string[]): Promise<Map<string, ConditionState>> {
    const rows = await this.manager.query<ConditionState[]>(
      `SELECT c.id, c.period, rp.submission_id, rp.version
         FROM award_condition c JOIN award a ON a.id = c.award_id
         LEFT JOIN reported_period rp
           ON rp.programme_id = a.programme_id AND rp.organisation_id = a.grantee_organisation_id
          AND rp.period = c.period AND rp.status = 'approved' AND c.indicator_code = ANY(rp.indicator_codes)
        WHERE c.award_id = ANY($1::uuid[])`,
      [awardIds],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** When it became eligible, as stored: the award's due date and the event's are computed from it. */
  async markEligible(trancheId: string): Promise<string> {
    // An UPDATE answers [rows, row count].
    const [[row]] = await this.manager.query<[[{ eligible_at: Date }?], number]>(
      `UPDATE tranche SET status = 'eligible', eligible_at = now() WHERE id = $1 RETURNING eligible_at`,
      [trancheId],
    );
    return (row?.eligible_at ?? new Date()).toISOString();
  }

  async markPending(trancheId: string): Promise<void> {
    await this.manager.query(`UPDATE tranche SET status = 'pending', eligible_at = NULL WHERE id = $1`, [
      trancheId,
    ]);
  }
}
