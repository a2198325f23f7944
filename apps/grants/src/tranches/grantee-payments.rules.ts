import type { GranteeAmount, GranteePayment } from '@samvirke/contracts';
import { granteeSplit } from '../joint/joint.rules.js';

interface Budget {
  readonly organisationId: string;
  readonly budgetOre: number;
}

/** The grantees of an award: the lead applicant and, for a joint application, its partners' budgets. */
export interface GranteeBudgets {
  readonly lead: Budget;
  readonly partners: readonly Budget[];
}

interface FunderPart {
  readonly funderOrganisationId: string;
  readonly funderCvr: string | null;
  readonly amountOre: number;
}

/**
 * One funder's part split between the grantees (the lead alone for a single grantee), each with
 * its CVR; a grantee without a CVR in grants' directory is named with null, for the ERP to resolve.
 */
export function granteeAmounts(
  amountOre: number,
  budgets: GranteeBudgets,
  cvrOf: (organisationId: string) => string | null,
): GranteeAmount[] {
  const split =
    budgets.partners.length === 0
      ? [{ organisationId: budgets.lead.organisationId, amountOre }]
      : granteeSplit(amountOre, budgets.lead, budgets.partners);
  return split.map((part, index) => ({
    organisationId: part.organisationId,
    cvr: cvrOf(part.organisationId),
    lead: index === 0,
    amountOre: part.amountOre,
  }));
}

/**
 * Each grantee's part of a tranche and what each funder pays it: every funder's part is split
 * between the grantees by their budgets, so a grantee's part is the sum of its funders' amounts and
 * every funder's split sums to its part.
 */
export function granteePayments(
  parts: readonly FunderPart[],
  budgets: GranteeBudgets,
  cvrOf: (organisationId: string) => string | null,
): GranteePayment[] {
  const splits = parts.map((part) => granteeAmounts(part.amountOre, budgets, cvrOf));
  const grantees = splits[0] ?? [];
  return grantees.map((grantee, index) => {
    const funders = parts.map((part, funder) => ({
      funderOrganisationId: part.funderOrganisationId,
      funderCvr: part.funderCvr,
      amountOre: splits[funder]?.[index]?.amountOre ?? 0,
    }));
    return { ...grantee, amountOre: funders.reduce((sum, f) => sum + f.amountOre, 0), funders };
  });
}

/** Whom one funder's part paid: each grantee with the amount that funder pays it. */
export function paidByFunder(
  grantees: readonly GranteePayment[],
  funderOrganisationId: string,
): GranteeAmount[] {
  return grantees.map(({ funders, ...grantee }) => ({
    ...grantee,
    amountOre: funders.find((f) => f.funderOrganisationId === funderOrganisationId)?.amountOre ?? 0,
  }));
}
