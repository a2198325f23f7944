import type { EntityManager } from 'typeorm';
import type {
  AwardDto,
  AwardShareStatus,
  AwardStatus,
  GrantReportKind,
  TrancheDto,
  TrancheStatus,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { withGrantees } from '../joint/joint.rules.js';
import { iso, ore } from '../access/grants-access.js';
import { paymentDueDate } from '../tranches/danish-bank-days.rules.js';

interface AwardRow {
  id: string;
  application_id: string;
  call_id: string;
  programme_id: string;
  grantee_organisation_id: string;
  awarding_organisation_id: string;
  title: string;
  amount_ore: string;
  status: AwardStatus;
  awarded_at: Date;
}

interface ShareRow {
  funder_organisation_id: string;
  amount_ore: string;
  status: AwardShareStatus;
  decided_at: Date | null;
  decline_reason: string | null;
}

interface ConditionRow {
  id: string;
  key: string;
  indicator_code: string;
  period: string;
  fulfilled: boolean;
}

interface TrancheRow {
  id: string;
  position: number;
  amount_ore: string;
  earliest_date: string;
  condition_ids: string[];
  awaits_report: GrantReportKind | null;
  awaits_agreement: boolean;
  status: TrancheStatus;
  eligible_at: Date | null;
  paid_at: Date | null;
  payment_reference: string | null;
  shares: TrancheDto['shares'];
}

export function awardNotFound(awardId: string): DomainError {
  return new DomainError('not-found', `No award ${awardId} that you can see.`);
}

function toAwardDto(
  award: AwardRow,
  shares: ShareRow[],
  conditions: ConditionRow[],
  tranches: TrancheRow[],
): AwardDto {
  return {
    id: award.id,
    applicationId: award.application_id,
    callId: award.call_id,
    programmeId: award.programme_id,
    granteeOrganisationId: award.grantee_organisation_id,
    awardingOrganisationId: award.awarding_organisation_id,
    title: award.title,
    amountOre: ore(award.amount_ore),
    status: award.status,
    awardedAt: award.awarded_at.toISOString(),
    shares: shares.map((share) => ({
      funderOrganisationId: share.funder_organisation_id,
      amountOre: ore(share.amount_ore),
      status: share.status,
      decidedAt: iso(share.decided_at),
      declineReason: share.decline_reason,
    })),
    conditions: conditions.map((c) => ({
      id: c.id,
      key: c.key,
      indicatorCode: c.indicator_code,
      period: c.period,
      fulfilled: c.fulfilled,
    })),
    tranches: tranches.map(toTrancheDto),
  };
}

function toTrancheDto(t: TrancheRow): TrancheDto {
  return {
    id: t.id,
    position: t.position,
    amountOre: ore(t.amount_ore),
    earliestDate: t.earliest_date,
    conditionIds: t.condition_ids,
    awaitsReport: t.awaits_report,
    awaitsAgreement: t.awaits_agreement,
    status: t.status,
    eligibleAt: iso(t.eligible_at),
    dueDate: t.status === 'eligible' ? paymentDueDate(t.earliest_date, iso(t.eligible_at)) : null,
    paidAt: iso(t.paid_at),
    paymentReference: t.payment_reference,
    shares: t.shares.map((share) => ({
      funderOrganisationId: share.funderOrganisationId,
      amountOre: ore(share.amountOre),
      paidAt: iso(share.paidAt),
      paymentReference: share.paymentReference,
    })),
  };
}

/** Reads of awards: an award with its shares (and their consent), conditions and tranches, and locks. */
export class AwardsStore {
  constructor(private readonly manager: EntityManager) {}

  async load(awardId: string): Promise<AwardDto> {
    const [award] = await this.manager.query<AwardRow[]>(`SELECT * FROM award WHERE id = $1`, [awardId]);
    if (!award) throw awardNotFound(awardId);
    const shares = await this.manager.query<ShareRow[]>(
      `SELECT funder_organisation_id, amount_ore, status, decided_at, decline_reason
         FROM award_share WHERE award_id = $1 ORDER BY funder_organisation_id`,
      [awardId],
    );
    const conditions = await this.manager.query<ConditionRow[]>(
      `SELECT c.id, c.key, c.indicator_code, c.period,
              EXISTS (SELECT 1 FROM reported_period rp WHERE rp.programme_id = $2 AND rp.organisation_id = $3
                         AND rp.period = c.period AND rp.status = 'approved' AND c.indicator_code = ANY(rp.indicator_codes)) AS fulfilled
         FROM award_condition c WHERE c.award_id = $1 ORDER BY c.key`,
      [awardId, award.programme_id, award.grantee_organisation_id],
    );
    const dto = toAwardDto(award, shares, conditions, await this.tranches(awardId));
    return withGrantees(dto, await this.joint(award.application_id));
  }

  /** The partners of the awarded application, when it was a joint one, and the amount it requested. */
  private async joint(applicationId: string) {
    const rows = await this.manager.query<
      { organisation_id: string; budget_ore: string; requested: string }[]
    >(
      `SELECT p.organisation_id, p.budget_ore, a.requested_amount_ore AS requested
         FROM application_partner p JOIN application a ON a.id = p.application_id
        WHERE p.application_id = $1 ORDER BY p.position`,
      [applicationId],
    );
    return {
      requestedOre: Number(rows[0]?.requested ?? 0),
      partners: rows.map((row) => ({
        organisationId: row.organisation_id,
        budgetOre: Number(row.budget_ore),
      })),
    };
  }

  private tranches(awardId: string): Promise<TrancheRow[]> {
    return this.manager.query<TrancheRow[]>(
      `SELECT t.id, t.position, t.amount_ore, t.earliest_date::text AS earliest_date, t.condition_ids, t.status,
              t.awaits_report, t.awaits_agreement, t.eligible_at, t.paid_at, t.payment_reference,
              (SELECT coalesce(json_agg(json_build_object('funderOrganisationId', s.funder_organisation_id,
                                                          'amountOre', s.amount_ore, 'paidAt', s.paid_at,
                                                          'paymentReference', s.payment_reference)
                                        ORDER BY s.funder_organisation_id), '[]')
                 FROM tranche_share s WHERE s.tranche_id = t.id) AS shares
         FROM tranche t WHERE t.award_id = $1 ORDER BY t.position`,
      [awardId],
    );
  }

  /** Locks the award for this transaction (its consent and payments are decided one at a time). */
  async lock(awardId: string): Promise<void> {
    await this.manager.query(`SELECT 1 FROM award WHERE id = $1 FOR UPDATE`, [awardId]);
  }

  /**
   * One award at a time per programme, so two awards cannot both spend the same remaining
   * commitment or call budget (both are read after the lock).
   */
  async lockProgramme(programmeId: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('grants-award:' || $1))`, [programmeId]);
  }

  /** The foundations a pending amendment of the award asks to approve (a new co-funder among them). */
  async askedToApprove(awardId: string): Promise<string[]> {
    const rows = await this.manager.query<{ funder: string }[]>(
      `SELECT p.funder_organisation_id AS funder FROM award_amendment_approval p
         JOIN award_amendment m ON m.id = p.amendment_id WHERE m.award_id = $1 AND m.status = 'pending'`,
      [awardId],
    );
    return rows.map((row) => row.funder);
  }

  async pendingAwardId(applicationId: string): Promise<string | undefined> {
    const [pending] = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM award WHERE application_id = $1 AND status = 'pending'`,
      [applicationId],
    );
    return pending?.id;
  }

  async idsOfProgramme(programmeId: string): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM award WHERE programme_id = $1 ORDER BY awarded_at, id`,
      [programmeId],
    );
    return rows.map((row) => row.id);
  }
}
