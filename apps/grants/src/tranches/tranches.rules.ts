import { ore } from '../access/grants-access.js';

/** An unpaid tranche of a made award, with its award's facts and funders. */
export interface TrancheState {
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
  /** Whether what the tranche waits for besides data is there: an approved report, the accepted agreement. */
  report_met: boolean;
  agreement_met: boolean;
}

/** A reporting condition and the approved submission that meets it (null when none does). */
export interface ConditionState {
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

/** What becomes of a tranche: eligible (with the submissions that met it), held again, or nothing. */
export type TrancheChange =
  | { readonly kind: 'eligible'; readonly fulfilledBy: SubmissionCause[] }
  | { readonly kind: 'held' }
  | { readonly kind: 'unchanged' };

/**
 * A tranche is eligible while every one of its conditions is met by an approved submission, the
 * report it waits for (if any) is approved and the agreement (if it waits for it) is accepted; one
 * that is already in the state these give does not change (so a repeated event has no effect).
 */
export function trancheChange(
  tranche: Pick<TrancheState, 'condition_ids' | 'status' | 'report_met' | 'agreement_met'>,
  conditions: ReadonlyMap<string, ConditionState>,
): TrancheChange {
  const met = tranche.condition_ids.map((id) => conditions.get(id));
  const fulfilled =
    tranche.report_met && tranche.agreement_met && met.every((condition) => condition?.submission_id);
  if (fulfilled && tranche.status === 'pending') {
    const causes = new Map<string, SubmissionCause>();
    for (const condition of met)
      if (condition?.submission_id && condition.version !== null)
        causes.set(condition.submission_id, {
          submissionId: condition.submission_id,
          version: condition.version,
          period: condition.period,
        });
    return { kind: 'eligible', fulfilledBy: [...causes.values()] };
  }
  if (!fulfilled && tranche.status === 'eligible') return { kind: 'held' };
  return { kind: 'unchanged' };
}

/** What tranche.eligible and tranche.held tell of the tranche. */
export function trancheEventBase(tranche: TrancheState) {
  return {
    trancheId: tranche.id,
    awardId: tranche.award_id,
    programmeId: tranche.programme_id,
    granteeOrganisationId: tranche.grantee_organisation_id,
    funderOrganisationIds: tranche.funders,
    amountOre: ore(tranche.amount_ore),
    title: tranche.title,
    earliestDate: tranche.earliest_date,
  };
}
