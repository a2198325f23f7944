import { z } from 'zod';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { cvrSchema } from '../shared-schemas.js';
import { amountOreSchema } from './grants-schemas.js';

/**
 * What a funder's bookkeeping needs to pay its part of a tranche: who pays (organisation and CVR),
 * how much in øre, and when (a Danish bank day). CVR is null for an organisation registered without
 * one, or one grants heard of before it kept CVR numbers.
 */
export const tranchePartSchema = z.object({
  funderOrganisationId: z.uuid(),
  funderCvr: cvrSchema.nullable(),
  amountOre: amountOreSchema,
});

/**
 * One grantee's part of an amount: the lead applicant, or a partner of a joint application, with
 * its CVR (null when grants knows none: the ERP resolves it; the payment does not wait for it).
 */
export const granteeAmountSchema = z.object({
  organisationId: z.uuid(),
  cvr: cvrSchema.nullable(),
  /** The lead applicant, the party the agreement is made with. */
  lead: z.boolean(),
  amountOre: amountOreSchema,
});
export type GranteeAmount = z.infer<typeof granteeAmountSchema>;

/** A grantee's part of a tranche and what each funder pays it (the funders' amounts sum to it). */
export const granteePaymentSchema = granteeAmountSchema.extend({
  funders: z.array(tranchePartSchema).min(1),
});
export type GranteePayment = z.infer<typeof granteePaymentSchema>;

/** The payment facts grants adds to tranche.eligible: the grantee's CVR, the due date and each funder's part. */
export const tranchePaymentSchema = z.object({
  granteeCvr: cvrSchema.nullable(),
  /** The first Danish bank day on or after the earliest date and the day (in Denmark) it became eligible. */
  dueDate: isoDateSchema,
  parts: z.array(tranchePartSchema).min(1),
  /**
   * Each grantee's part (one for a single grantee; the lead and its partners of a joint application,
   * split in proportion to their budgets); the parts sum to the tranche. Absent on events recorded
   * before it was added.
   */
  grantees: z.array(granteePaymentSchema).min(1).optional(),
});
export type TranchePayment = z.infer<typeof tranchePaymentSchema>;

/** What the public per-grantee payment events (v2) open with: the tranche, its award and programme, the lead. */
export const leadTrancheSchema = z.object({
  trancheId: z.uuid(),
  awardId: z.uuid(),
  programmeId: z.uuid(),
  /** The lead applicant, the party the grant agreement is made with. */
  leadOrganisationId: z.uuid(),
});
