import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type AwardStatus,
  type BoardAwardDto,
  type BoardCallDto,
  type BoardDecisionDto,
  type FoundationBoardDto,
  type GrantCallStatus,
  type TrancheStatus,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { isAdmin, iso, ore } from '../access/access.rules.js';
import { paymentDueDate } from '../tranches/danish-bank-days.rules.js';
import type { BoardCallRow, BoardDecisionRow, BoardTrancheRow } from './board.store.js';

/** The foundation's own officers read its board, and platform admins; nobody else (403). */
export function requireBoardReader(principal: Principal, organisationId: string): void {
  if (isAdmin(principal)) return;
  if (hasRole(principal, 'foundation-officer') && principal.organisations.includes(organisationId)) return;
  throw new DomainError('forbidden', "Only the foundation's own officers read its board.");
}

function callStatus(row: BoardCallRow, now: Date): GrantCallStatus {
  if (now < new Date(row.opens_at)) return 'scheduled';
  return now < new Date(row.closes_at) ? 'open' : 'closed';
}

export function boardCall(row: BoardCallRow, now: Date): BoardCallDto {
  const applications = Object.fromEntries(
    APPLICATION_STATUSES.map((status) => [status, row.counts?.[status] ?? 0]),
  ) as Record<ApplicationStatus, number>;
  const budgetOre = ore(row.budget_ore);
  const awardedOre = ore(row.awarded_ore);
  return {
    callId: row.id,
    programmeId: row.programme_id,
    programmeName: row.programme_name ?? '',
    title: row.title,
    status: callStatus(row, now),
    closesAt: new Date(row.closes_at).toISOString(),
    applications,
    budgetOre,
    awardedOre,
    availableOre: Math.max(0, budgetOre - awardedOre),
    requestedOre: ore(row.requested_ore),
  };
}

export function boardDecision(row: BoardDecisionRow): BoardDecisionDto {
  return {
    applicationId: row.id,
    callId: row.call_id,
    callTitle: row.call_title,
    applicantOrganisationId: row.applicant_organisation_id,
    applicantName: row.applicant_name ?? '',
    ...(row.partner_names?.length ? { partnerNames: row.partner_names } : {}),
    title: row.title,
    status: row.status as ApplicationStatus,
    requestedAmountOre: ore(row.requested_amount_ore),
    submittedAt: iso(row.submitted_at),
    deadline: new Date(row.closes_at).toISOString(),
    reviewsAssigned: row.reviews_assigned,
    reviewsCompleted: row.reviews_completed,
    averageScore: row.average_score === null ? null : Math.round(Number(row.average_score) * 100) / 100,
  };
}

/** The unpaid tranches grouped by award, in the order the store gave them. */
export function boardAwards(
  rows: readonly BoardTrancheRow[],
  paid: ReadonlyMap<string, number>,
): BoardAwardDto[] {
  const awards = new Map<string, BoardAwardDto>();
  for (const row of rows) {
    let award = awards.get(row.award_id);
    if (!award) {
      const amountOre = ore(row.award_amount_ore);
      const paidOre = paid.get(row.award_id) ?? 0;
      award = {
        awardId: row.award_id,
        callId: row.call_id,
        programmeId: row.programme_id,
        granteeOrganisationId: row.grantee_organisation_id,
        granteeName: row.grantee_name ?? '',
        status: row.award_status as AwardStatus,
        amountOre,
        paidOre,
        outstandingOre: amountOre - paidOre,
        tranches: [],
      };
      awards.set(row.award_id, award);
    }
    const status = row.status as TrancheStatus;
    award.tranches.push({
      trancheId: row.id,
      position: row.position,
      status,
      amountOre: ore(row.amount_ore),
      ownPartOre: ore(row.own_part_ore),
      ownPartPaid: row.own_part_paid,
      earliestDate: row.earliest_date,
      dueDate: status === 'eligible' ? paymentDueDate(row.earliest_date, iso(row.eligible_at)) : null,
    });
  }
  return [...awards.values()];
}

export function foundationBoard(
  organisationId: string,
  organisationName: string,
  calls: BoardCallDto[],
  decisionsDue: BoardDecisionDto[],
  awards: BoardAwardDto[],
): FoundationBoardDto {
  const sum = <T>(items: readonly T[], value: (item: T) => number): number =>
    items.reduce((total, item) => total + value(item), 0);
  const tranches = awards.flatMap((award) => award.tranches);
  return {
    organisationId,
    organisationName,
    totals: {
      calls: calls.length,
      openCalls: calls.filter((call) => call.status === 'open').length,
      budgetOre: sum(calls, (call) => call.budgetOre),
      awardedOre: sum(calls, (call) => call.awardedOre),
      availableOre: sum(calls, (call) => call.availableOre),
      requestedOre: sum(calls, (call) => call.requestedOre),
      decisionsDue: decisionsDue.length,
      outstandingOre: sum(tranches, (tranche) => tranche.amountOre),
      eligibleOre: sum(
        tranches.filter((tranche) => tranche.status === 'eligible'),
        (tranche) => tranche.amountOre,
      ),
    },
    calls,
    decisionsDue,
    awards,
  };
}
