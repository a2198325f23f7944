import { z } from 'zod';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { awardGrantSchema } from './award.dto.js';
import { grantReportKindSchema } from './grant-report.dto.js';
import { amountOreSchema, positiveAmountOreSchema } from './grants-schemas.js';

const grantShape = awardGrantSchema.shape;

/**
 * An award's amendable terms: its amount, each funder's share, its reporting conditions (by key) and
 * its open tranches — those of which no funder has paid a part yet. Paid (or part-paid) tranches stay
 * as they are; the open tranches given here replace the open ones, so paid and open tranches together
 * sum exactly to the amount.
 */
export const amendmentTermsSchema = z
  .object({
    amountOre: positiveAmountOreSchema,
    shares: grantShape.shares,
    conditions: grantShape.conditions,
    tranches: z.array(grantShape.tranches.element).max(50),
  })
  .strict();
export type AmendmentTerms = z.infer<typeof amendmentTermsSchema>;

/** The awarding foundation's officer (or a platform admin) proposes new terms, with the reason. */
export const proposeAmendmentSchema = amendmentTermsSchema
  .extend({ reason: z.string().trim().min(1).max(1000) })
  .strict();
export type ProposeAmendment = z.infer<typeof proposeAmendmentSchema>;

/** A co-funder declines a pending amendment with a reason; its proposers withdraw it, saying why if they like. */
export const declineAmendmentSchema = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();
export type DeclineAmendment = z.infer<typeof declineAmendmentSchema>;
export const withdrawAmendmentSchema = z.object({ reason: z.string().trim().max(1000).default('') }).strict();
export type WithdrawAmendment = z.infer<typeof withdrawAmendmentSchema>;

/** A pending amendment is applied with the last approval, declined by one co-funder, or withdrawn by its proposers. */
export const AMENDMENT_STATUSES = ['pending', 'applied', 'declined', 'withdrawn'] as const;
export const amendmentStatusSchema = z.enum(AMENDMENT_STATUSES);

/** The terms as stored in the history (defaults filled in). */
const storedTermsSchema = z.object({
  amountOre: amountOreSchema,
  shares: z.array(z.object({ funderOrganisationId: z.uuid(), amountOre: amountOreSchema })),
  conditions: z.array(z.object({ key: z.string(), indicatorCode: z.string(), period: z.string() })),
  tranches: z.array(
    z.object({
      amountOre: amountOreSchema,
      earliestDate: isoDateSchema,
      conditions: z.array(z.string()),
      awaitsReport: grantReportKindSchema.nullable(),
      awaitsAgreement: z.boolean(),
    }),
  ),
});

export const amendmentSchema = z.object({
  id: z.uuid(),
  awardId: z.uuid(),
  status: amendmentStatusSchema,
  reason: z.string(),
  proposedBy: z.string(),
  proposedAt: z.iso.datetime({ offset: true }),
  appliedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Who withdrew it (of the awarding foundation, or an admin), when and why. */
  withdrawnBy: z.string().nullable(),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
  withdrawReason: z.string().nullable(),
  /** The agreement version the applied amendment made (the grantee accepts it anew). */
  agreementVersion: z.number().int().positive().nullable(),
  /** The award's terms before (its open tranches only) and as proposed. */
  before: storedTermsSchema,
  after: storedTermsSchema,
  /** Every co-funder whose share changes approves; the others need not. */
  approvals: z.array(
    z.object({
      funderOrganisationId: z.uuid(),
      approvedBy: z.string().nullable(),
      approvedAt: z.iso.datetime({ offset: true }).nullable(),
      /** A co-funder that declined: the amendment is declined. */
      declinedBy: z.string().nullable(),
      declinedAt: z.iso.datetime({ offset: true }).nullable(),
      declineReason: z.string().nullable(),
    }),
  ),
});
export type AmendmentDto = z.infer<typeof amendmentSchema>;

export const REFUND_KINDS = ['refund', 'claw-back'] as const;
export const refundKindSchema = z.enum(REFUND_KINDS);
export type RefundKind = z.infer<typeof refundKindSchema>;

/**
 * Unspent money returned by the grantee (refund) or demanded back by the funder (claw-back), per
 * funder: at most what that funder has paid of the award less what has come back to it already.
 */
export const recordRefundSchema = z
  .object({
    funderOrganisationId: z.uuid(),
    amountOre: positiveAmountOreSchema,
    kind: refundKindSchema,
    receivedOn: isoDateSchema,
    reference: z.string().trim().min(1).max(100),
    note: z.string().trim().max(1000).default(''),
  })
  .strict();
export type RecordRefund = z.infer<typeof recordRefundSchema>;

export const refundSchema = z.object({
  id: z.uuid(),
  awardId: z.uuid(),
  funderOrganisationId: z.uuid(),
  amountOre: positiveAmountOreSchema,
  kind: refundKindSchema,
  receivedOn: isoDateSchema,
  reference: z.string(),
  note: z.string(),
  recordedBy: z.string(),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type RefundDto = z.infer<typeof refundSchema>;

/** An award's amendments (newest first) and refunds: its history after it was made. */
export const awardHistorySchema = z.object({
  amendments: z.array(amendmentSchema),
  refunds: z.array(refundSchema),
});
export type AwardHistoryDto = z.infer<typeof awardHistorySchema>;
