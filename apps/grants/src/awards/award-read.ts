import type { EntityManager } from 'typeorm';
import type { AwardDto, AwardShareStatus, AwardStatus, TrancheStatus } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { isAdmin, iso, ore, type GrantsAccess } from '../access/grants-access.js';

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

interface TrancheRow {
  id: string;
  position: number;
  amount_ore: string;
  earliest_date: string;
  condition_ids: string[];
  status: TrancheStatus;
  eligible_at: Date | null;
  paid_at: Date | null;
  payment_reference: string | null;
  shares: {
    funderOrganisationId: string;
    amountOre: number;
    paidAt: string | null;
    paymentReference: string | null;
  }[];
}

export function awardNotFound(awardId: string): DomainError {
  return new DomainError('not-found', `No award ${awardId} that you can see.`);
}

/** An award with its shares (and their consent), conditions and tranches (and each funder's part). */
export async function loadAward(manager: EntityManager, awardId: string): Promise<AwardDto> {
  const [award] = await manager.query<AwardRow[]>(`SELECT * FROM award WHERE id = $1`, [awardId]);
  if (!award) throw awardNotFound(awardId);
  const shares = await manager.query<
    {
      funder_organisation_id: string;
      amount_ore: string;
      status: AwardShareStatus;
      decided_at: Date | null;
      decline_reason: string | null;
    }[]
  >(
    `SELECT funder_organisation_id, amount_ore, status, decided_at, decline_reason
       FROM award_share WHERE award_id = $1 ORDER BY funder_organisation_id`,
    [awardId],
  );
  const conditions = await manager.query<
    { id: string; key: string; indicator_code: string; period: string; fulfilled: boolean }[]
  >(
    `SELECT c.id, c.key, c.indicator_code, c.period,
            EXISTS (SELECT 1 FROM reported_period rp WHERE rp.programme_id = $2 AND rp.organisation_id = $3
                       AND rp.period = c.period AND rp.status = 'approved' AND c.indicator_code = ANY(rp.indicator_codes)) AS fulfilled
       FROM award_condition c WHERE c.award_id = $1 ORDER BY c.key`,
    [awardId, award.programme_id, award.grantee_organisation_id],
  );
  const tranches = await manager.query<TrancheRow[]>(
    `SELECT t.id, t.position, t.amount_ore, t.earliest_date::text AS earliest_date, t.condition_ids, t.status,
            t.eligible_at, t.paid_at, t.payment_reference,
            (SELECT coalesce(json_agg(json_build_object('funderOrganisationId', s.funder_organisation_id,
                                                        'amountOre', s.amount_ore, 'paidAt', s.paid_at,
                                                        'paymentReference', s.payment_reference)
                                      ORDER BY s.funder_organisation_id), '[]')
               FROM tranche_share s WHERE s.tranche_id = t.id) AS shares
       FROM tranche t WHERE t.award_id = $1 ORDER BY t.position`,
    [awardId],
  );
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
    tranches: tranches.map((t) => ({
      id: t.id,
      position: t.position,
      amountOre: ore(t.amount_ore),
      earliestDate: t.earliest_date,
      conditionIds: t.condition_ids,
      status: t.status,
      eligibleAt: iso(t.eligible_at),
      paidAt: iso(t.paid_at),
      paymentReference: t.payment_reference,
      shares: t.shares.map((s) => ({
        funderOrganisationId: s.funderOrganisationId,
        amountOre: ore(s.amountOre),
        paidAt: iso(s.paidAt),
        paymentReference: s.paymentReference,
      })),
    })),
  };
}

/** The grantee's users, the award's funders' officers (the call's too), the backbone and admins. */
export async function canSeeAward(
  manager: EntityManager,
  access: GrantsAccess,
  principal: Principal,
  award: AwardDto,
): Promise<boolean> {
  if (isAdmin(principal) || principal.organisations.includes(award.granteeOrganisationId)) return true;
  const mine = await access.funderOrganisations(manager, principal, award.programmeId);
  const funders = [...award.shares.map((share) => share.funderOrganisationId), award.awardingOrganisationId];
  if (mine.some((org) => funders.includes(org))) return true;
  return access.isBackbone(manager, principal, award.programmeId);
}

/** The award, locked for this transaction, if the caller may see it; else 404. */
export async function visibleAwardForUpdate(
  manager: EntityManager,
  access: GrantsAccess,
  principal: Principal,
  awardId: string,
): Promise<AwardDto> {
  await manager.query(`SELECT 1 FROM award WHERE id = $1 FOR UPDATE`, [awardId]);
  const award = await loadAward(manager, awardId);
  if (!(await canSeeAward(manager, access, principal, award))) throw awardNotFound(awardId);
  return award;
}
