import type {
  ApplicationPartnerDto,
  AwardDto,
  PartnerStatus,
  ProblemFieldError,
  SaveApplicationPartners,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';

/** A partner as stored: its organisation, budget and answer. */
export interface PartnerEntry {
  readonly organisationId: string;
  readonly budgetOre: number;
  readonly status: PartnerStatus;
}

/** The lead's own part: what the partners' budgets leave of the requested amount. */
export function leadBudget(
  requestedOre: number | null,
  partners: readonly { budgetOre: number }[],
): number | null {
  return requestedOre === null ? null : requestedOre - partners.reduce((sum, p) => sum + p.budgetOre, 0);
}

/** Each partner named must be another organisation grants knows, once; the budgets must leave the lead a part. */
export function partnerErrors(
  command: SaveApplicationPartners,
  leadId: string,
  known: readonly string[],
  requestedOre: number | null,
): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  command.partners.forEach(({ organisationId }, index) => {
    const at = `/partners/${index}/organisationId`;
    if (organisationId === leadId) errors.push({ pointer: at, detail: 'is the lead applicant' });
    else if (command.partners.findIndex((p) => p.organisationId === organisationId) < index)
      errors.push({ pointer: at, detail: 'named twice' });
    else if (!known.includes(organisationId))
      errors.push({ pointer: at, detail: 'not an organisation grants knows' });
  });
  errors.push(...budgetErrors(command.partners, requestedOre));
  return errors;
}

function budgetErrors(
  partners: readonly { budgetOre: number }[],
  requestedOre: number | null,
): ProblemFieldError[] {
  const lead = leadBudget(requestedOre, partners);
  return lead !== null && lead <= 0 && partners.length > 0
    ? [
        {
          pointer: '/partners',
          detail: `the partners' budgets sum to ${(requestedOre ?? 0) - lead} øre and leave the lead nothing of the requested ${requestedOre ?? 0} øre`,
        },
      ]
    : [];
}

/** The new list: a partner named again with the same budget keeps its answer, anyone else is asked (again). */
export function nextPartners(
  current: readonly PartnerEntry[],
  command: SaveApplicationPartners,
): PartnerEntry[] {
  return command.partners.map(({ organisationId, budgetOre }) => {
    const before = current.find((p) => p.organisationId === organisationId);
    const kept = before && before.budgetOre === budgetOre;
    return { organisationId, budgetOre, status: kept ? before.status : 'invited' };
  });
}

/** Which of the new list must be asked: new partners and those whose budget changed. */
export function newlyInvited(
  current: readonly PartnerEntry[],
  next: readonly PartnerEntry[],
): PartnerEntry[] {
  return next.filter(
    (p) => !current.some((c) => c.organisationId === p.organisationId && c.budgetOre === p.budgetOre),
  );
}

/** Submission of a joint application: every partner has confirmed and the lead keeps a part. */
export function partnerSubmitErrors(
  partners: readonly ApplicationPartnerDto[],
  requestedOre: number | null,
): ProblemFieldError[] {
  const errors: ProblemFieldError[] = partners.flatMap((partner, index) => {
    if (partner.status === 'confirmed') return [];
    const detail =
      partner.status === 'declined'
        ? `declined to take part: ${partner.reason ?? ''}`
        : 'has not confirmed its participation yet';
    return [{ pointer: `/partners/${index}`, detail }];
  });
  return [...errors, ...budgetErrors(partners, requestedOre)];
}

/** Only the partner organisation's own users answer for it; others who see the application get 403. */
export function requirePartnerUser(organisations: readonly string[], organisationId: string): void {
  if (!organisations.includes(organisationId))
    throw new DomainError('forbidden', "Only the partner organisation's own users answer for it.");
}

/**
 * The award split between the lead and its partners in proportion to their budgets (whole øre, the
 * rest of the rounding to the lead).
 */
export function granteeSplit(
  amountOre: number,
  lead: { organisationId: string; budgetOre: number },
  partners: readonly { organisationId: string; budgetOre: number }[],
): { organisationId: string; amountOre: number }[] {
  const total = lead.budgetOre + partners.reduce((sum, p) => sum + p.budgetOre, 0);
  const parts = partners.map((p) => ({
    organisationId: p.organisationId,
    amountOre: total > 0 ? Math.floor((amountOre * p.budgetOre) / total) : 0,
  }));
  const leadPart = amountOre - parts.reduce((sum, p) => sum + p.amountOre, 0);
  return [{ organisationId: lead.organisationId, amountOre: leadPart }, ...parts];
}

/** The award and each tranche split between a joint application's grantees (unchanged for a single one). */
export function withGrantees(
  award: AwardDto,
  joint: { requestedOre: number; partners: readonly { organisationId: string; budgetOre: number }[] },
): AwardDto {
  if (joint.partners.length === 0) return award;
  const lead = {
    organisationId: award.granteeOrganisationId,
    budgetOre: leadBudget(joint.requestedOre, joint.partners) ?? 0,
  };
  return {
    ...award,
    grantees: granteeSplit(award.amountOre, lead, joint.partners),
    tranches: award.tranches.map((tranche) => {
      const shares = tranche.shares.map((share) => ({
        ...share,
        grantees: granteeSplit(share.amountOre, lead, joint.partners),
      }));
      return { ...tranche, shares, grantees: summedParts(shares) };
    }),
  };
}

/** Each grantee's part of a tranche: the sum of its parts of every funder's share. */
function summedParts(
  shares: readonly { grantees: readonly { organisationId: string; amountOre: number }[] }[],
): { organisationId: string; amountOre: number }[] {
  const first = shares[0]?.grantees ?? [];
  return first.map((grantee, index) => ({
    organisationId: grantee.organisationId,
    amountOre: shares.reduce((sum, share) => sum + (share.grantees[index]?.amountOre ?? 0), 0),
  }));
}
