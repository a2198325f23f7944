import { z } from 'zod';
import { isoDateSchema } from '../partners/partners-schemas.js';
import {
  amountOreSchema,
  applicationStatusSchema,
  awardStatusSchema,
  grantCallStatusSchema,
  trancheStatusSchema,
} from './grants-schemas.js';

const applicationCountsSchema = z.record(applicationStatusSchema, z.number().int().min(0));

/** One call of the foundation: its applications by status and its money. */
export const boardCallSchema = z.object({
  callId: z.uuid(),
  programmeId: z.uuid(),
  programmeName: z.string(),
  title: z.string(),
  status: grantCallStatusSchema,
  closesAt: z.iso.datetime({ offset: true }),
  applications: applicationCountsSchema,
  budgetOre: amountOreSchema,
  /** Made and pending awards (a pending award's amount is reserved); declined ones give it back. */
  awardedOre: amountOreSchema,
  /** The budget less what is awarded. */
  availableOre: amountOreSchema,
  /** Requested by the applications awaiting a decision (submitted or under review). */
  requestedOre: amountOreSchema,
});

/** An application awaiting the foundation's decision. */
export const boardDecisionSchema = z.object({
  applicationId: z.uuid(),
  callId: z.uuid(),
  callTitle: z.string(),
  applicantOrganisationId: z.uuid(),
  applicantName: z.string(),
  /** A joint application's partner organisations by name (absent when the applicant applies alone). */
  partnerNames: z.array(z.string()).optional(),
  title: z.string(),
  status: applicationStatusSchema,
  requestedAmountOre: amountOreSchema,
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The call's closing time: decisions follow it. */
  deadline: z.iso.datetime({ offset: true }),
  reviewsAssigned: z.number().int().min(0),
  reviewsCompleted: z.number().int().min(0),
  /** The average weighted score (0-100) of the completed reviews; null before the first. */
  averageScore: z.number().nullable(),
});

export const boardTrancheSchema = z.object({
  trancheId: z.uuid(),
  position: z.number().int().positive(),
  status: trancheStatusSchema,
  amountOre: amountOreSchema,
  /** The foundation's own part of the tranche, and whether it has recorded that part as paid. */
  ownPartOre: amountOreSchema,
  ownPartPaid: z.boolean(),
  earliestDate: isoDateSchema,
  /** An eligible tranche's due date: a Danish bank day. */
  dueDate: isoDateSchema.nullable(),
});

/** An award on one of the foundation's calls with tranches still to pay. */
export const boardAwardSchema = z.object({
  awardId: z.uuid(),
  callId: z.uuid(),
  programmeId: z.uuid(),
  granteeOrganisationId: z.uuid(),
  granteeName: z.string(),
  status: awardStatusSchema,
  amountOre: amountOreSchema,
  paidOre: amountOreSchema,
  outstandingOre: amountOreSchema,
  tranches: z.array(boardTrancheSchema),
});

/** A foundation's grant pipeline across its calls in every programme. */
export const foundationBoardSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  totals: z.object({
    calls: z.number().int().min(0),
    openCalls: z.number().int().min(0),
    budgetOre: amountOreSchema,
    awardedOre: amountOreSchema,
    availableOre: amountOreSchema,
    requestedOre: amountOreSchema,
    decisionsDue: z.number().int().min(0),
    /** Unpaid tranches of made and pending awards on the foundation's calls. */
    outstandingOre: amountOreSchema,
    /** Of those, eligible ones: payable now or on their due date. */
    eligibleOre: amountOreSchema,
  }),
  calls: z.array(boardCallSchema),
  decisionsDue: z.array(boardDecisionSchema),
  awards: z.array(boardAwardSchema),
});
export type FoundationBoardDto = z.infer<typeof foundationBoardSchema>;
export type BoardCallDto = z.infer<typeof boardCallSchema>;
export type BoardDecisionDto = z.infer<typeof boardDecisionSchema>;
export type BoardAwardDto = z.infer<typeof boardAwardSchema>;
