import { z } from 'zod';
import { isoDateSchema } from '../partners/partners-schemas.js';
import {
  amountOreSchema,
  awardShareStatusSchema,
  awardStatusSchema,
  conditionPeriodSchema,
  positiveAmountOreSchema,
  trancheStatusSchema,
} from './grants-schemas.js';
import { grantReportKindSchema } from './grant-report.dto.js';

export const awardGrantSchema = z
  .object({
    amountOre: positiveAmountOreSchema,
    title: z.string().trim().min(3).max(200).optional(),
    shares: z
      .array(z.object({ funderOrganisationId: z.uuid(), amountOre: positiveAmountOreSchema }).strict())
      .min(1)
      .max(20),
    /** Reporting conditions, named by a key the tranches refer to. */
    conditions: z
      .array(
        z
          .object({
            key: z.string().trim().min(1).max(40),
            indicatorCode: z.string().trim().min(1).max(60),
            period: conditionPeriodSchema,
          })
          .strict(),
      )
      .max(50)
      .default([]),
    tranches: z
      .array(
        z
          .object({
            amountOre: positiveAmountOreSchema,
            earliestDate: isoDateSchema,
            conditions: z.array(z.string()).max(50).default([]),
            /** The tranche also waits for the funder's approval of a report of this kind on it. */
            awaitsReport: grantReportKindSchema.nullable().default(null),
            /** The tranche also waits for the grantee's acceptance of the grant agreement. */
            awaitsAgreement: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();
export type AwardGrant = z.infer<typeof awardGrantSchema>;

/**
 * Each funder records the payment of its own part of a tranche. The funder may be left out when the
 * caller's organisation is the only one of the tranche's funders it belongs to.
 */
export const recordPaymentSchema = z
  .object({
    paymentReference: z.string().trim().min(1).max(100),
    funderOrganisationId: z.uuid().optional(),
  })
  .strict();
export type RecordPayment = z.infer<typeof recordPaymentSchema>;

/** A joint application's grantees with their parts of an amount (the lead first, then the partners). */
export const granteePartsSchema = z.array(z.object({ organisationId: z.uuid(), amountOre: amountOreSchema }));

export const trancheSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  amountOre: amountOreSchema,
  earliestDate: isoDateSchema,
  conditionIds: z.array(z.uuid()),
  awaitsReport: grantReportKindSchema.nullable(),
  awaitsAgreement: z.boolean(),
  status: trancheStatusSchema,
  eligibleAt: z.iso.datetime({ offset: true }).nullable(),
  /** An eligible tranche's payment falls due on the first Danish bank day from its earliest date and its release. */
  dueDate: isoDateSchema.nullable(),
  paidAt: z.iso.datetime({ offset: true }).nullable(),
  paymentReference: z.string().nullable(),
  /** Each funder's part of the tranche; each funder records the payment of its own part. */
  shares: z.array(
    z.object({
      funderOrganisationId: z.uuid(),
      amountOre: amountOreSchema,
      paidAt: z.iso.datetime({ offset: true }).nullable(),
      paymentReference: z.string().nullable(),
      /** A joint application's: the funder's part split between the grantees (what it pays each). */
      grantees: granteePartsSchema.optional(),
    }),
  ),
  /**
   * A joint application's tranche split between the grantees: each funder's part split by their
   * budgets, summed per grantee (as tranche.eligible and payment.recorded name them).
   */
  grantees: granteePartsSchema.optional(),
});
export type TrancheDto = z.infer<typeof trancheSchema>;

export const awardSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  callId: z.uuid(),
  programmeId: z.uuid(),
  granteeOrganisationId: z.uuid(),
  title: z.string(),
  amountOre: amountOreSchema,
  /** pending until every co-funder confirmed its share; declined when one declined (not made). */
  status: awardStatusSchema,
  /** The call's foundation, which decided the award. */
  awardingOrganisationId: z.uuid(),
  /** When the award was proposed; once awarded, when it was made (the last confirmation). */
  awardedAt: z.iso.datetime({ offset: true }),
  shares: z.array(
    z.object({
      funderOrganisationId: z.uuid(),
      amountOre: amountOreSchema,
      status: awardShareStatusSchema,
      decidedAt: z.iso.datetime({ offset: true }).nullable(),
      declineReason: z.string().nullable(),
    }),
  ),
  conditions: z.array(
    z.object({
      id: z.uuid(),
      key: z.string(),
      indicatorCode: z.string(),
      period: z.string(),
      fulfilled: z.boolean(),
    }),
  ),
  tranches: z.array(trancheSchema),
  /**
   * A joint application's award split between the lead (granteeOrganisationId) and its partners in
   * proportion to their budgets (whole øre, the rounding to the lead); absent for a single grantee.
   */
  grantees: granteePartsSchema.optional(),
});
export type AwardDto = z.infer<typeof awardSchema>;

export const declineAwardShareSchema = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();
export type DeclineAwardShare = z.infer<typeof declineAwardShareSchema>;
