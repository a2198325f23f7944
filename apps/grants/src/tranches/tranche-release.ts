import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { trancheEligibleV1, trancheHeldV1 } from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { ore } from '../access/grants-access.js';

interface TrancheState {
  id: string;
  award_id: string;
  programme_id: string;
  grantee_organisation_id: string;
  title: string;
  amount_ore: string;
  earliest_date: string;
  condition_ids: string[];
  status: 'pending' | 'eligible';
  funders: string[];
}

interface ConditionState {
  id: string;
  submission_id: string | null;
  version: number | null;
  period: string;
}

export interface SubmissionCause {
  submissionId: string;
  version: number;
  period: string;
}

/**
 * Decides whether each unpaid tranche of some awards is eligible: every reporting condition must be
 * met by an approved submission of the grantee (the latest decided version for that period, holding
 * the indicator). Only a made award's tranches: a pending one's wait for its co-funders' consent,
 * a declined one's never become payable. A tranche that becomes eligible or is held again records its event; one whose
 * state does not change records nothing, so a redelivered or repeated event has no effect.
 */
@Injectable()
export class TrancheRelease {
  constructor(private readonly outbox: EventOutbox) {}

  async evaluate(manager: EntityManager, awardIds: string[], cause?: SubmissionCause): Promise<void> {
    if (awardIds.length === 0) return;
    const tranches = await manager.query<TrancheState[]>(
      `SELECT t.id, t.award_id, a.programme_id, a.grantee_organisation_id, a.title, t.amount_ore,
              t.earliest_date::text AS earliest_date, t.condition_ids, t.status,
              (SELECT array_agg(s.funder_organisation_id ORDER BY s.funder_organisation_id) FROM award_share s
                WHERE s.award_id = a.id) AS funders
         FROM tranche t JOIN award a ON a.id = t.award_id
        WHERE t.award_id = ANY($1::uuid[]) AND t.status IN ('pending', 'eligible') AND a.status = 'awarded'
        ORDER BY t.award_id, t.position FOR UPDATE OF t`,
      [awardIds],
    );
    if (tranches.length === 0) return;
    const conditions = new Map(
      (
        await manager.query<ConditionState[]>(
          `SELECT c.id, c.period, rp.submission_id, rp.version
             FROM award_condition c JOIN award a ON a.id = c.award_id
             LEFT JOIN reported_period rp
               ON rp.programme_id = a.programme_id AND rp.organisation_id = a.grantee_organisation_id
              AND rp.period = c.period AND rp.status = 'approved' AND c.indicator_code = ANY(rp.indicator_codes)
            WHERE c.award_id = ANY($1::uuid[])`,
          [awardIds],
        )
      ).map((row) => [row.id, row]),
    );
    for (const tranche of tranches) {
      const met = tranche.condition_ids.map((id) => conditions.get(id));
      const fulfilled = met.every((condition) => condition?.submission_id);
      const base = {
        trancheId: tranche.id,
        awardId: tranche.award_id,
        programmeId: tranche.programme_id,
        granteeOrganisationId: tranche.grantee_organisation_id,
        funderOrganisationIds: tranche.funders,
        amountOre: ore(tranche.amount_ore),
        title: tranche.title,
        earliestDate: tranche.earliest_date,
      };
      const options = { subject: tranche.programme_id, programmeId: tranche.programme_id };
      if (fulfilled && tranche.status === 'pending') {
        await manager.query(`UPDATE tranche SET status = 'eligible', eligible_at = now() WHERE id = $1`, [
          tranche.id,
        ]);
        const causes = new Map<string, SubmissionCause>();
        for (const condition of met)
          if (condition?.submission_id && condition.version !== null)
            causes.set(condition.submission_id, {
              submissionId: condition.submission_id,
              version: condition.version,
              period: condition.period,
            });
        await this.outbox.record(
          manager,
          trancheEligibleV1,
          { ...base, eligibleAt: new Date().toISOString(), fulfilledBy: [...causes.values()] },
          options,
        );
      } else if (!fulfilled && tranche.status === 'eligible') {
        await manager.query(`UPDATE tranche SET status = 'pending', eligible_at = NULL WHERE id = $1`, [
          tranche.id,
        ]);
        if (cause) {
          await this.outbox.record(
            manager,
            trancheHeldV1,
            { ...base, heldAt: new Date().toISOString(), returned: cause },
            options,
          );
        }
      }
    }
  }
}
