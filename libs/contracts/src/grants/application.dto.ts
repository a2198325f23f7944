import { z } from 'zod';
import { amountOreSchema, applicationStatusSchema, positiveAmountOreSchema } from './grants-schemas.js';
import { applicationEligibilitySchema, formAnswersSchema } from './application-form.dto.js';
import { applicationPartnerSchema } from './application-partners.dto.js';

const budgetLineSchema = z
  .object({ category: z.string().trim().min(1).max(200), amountOre: positiveAmountOreSchema })
  .strict();

/** A draft is saved as the applicant goes: every field may be left out until submission. */
export const saveApplicationSchema = z
  .object({
    title: z.string().trim().max(200).optional(),
    description: z.string().max(20_000).optional(),
    requestedAmountOre: positiveAmountOreSchema.optional(),
    budgetLines: z.array(budgetLineSchema).max(100).optional(),
    goalIds: z.array(z.uuid()).max(50).optional(),
    /** Answers to the call's form by question key, checked against its current version; null removes one. */
    answers: formAnswersSchema.optional(),
  })
  .strict();
export type SaveApplication = z.infer<typeof saveApplicationSchema>;

export const startApplicationSchema = saveApplicationSchema
  .extend({ applicantOrganisationId: z.uuid() })
  .strict();
export type StartApplication = z.infer<typeof startApplicationSchema>;

export const decideApplicationSchema = z.object({ reason: z.string().trim().min(3).max(2_000) }).strict();

export const applicationSchema = z.object({
  id: z.uuid(),
  callId: z.uuid(),
  programmeId: z.uuid(),
  applicantOrganisationId: z.uuid(),
  status: applicationStatusSchema,
  title: z.string(),
  description: z.string(),
  requestedAmountOre: amountOreSchema.nullable(),
  budgetLines: z.array(z.object({ category: z.string(), amountOre: amountOreSchema })),
  goalIds: z.array(z.uuid()),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  decisionReason: z.string().nullable(),
  /** The version of the call's form the answers were submitted against (a draft: null). */
  formVersion: z.number().int().nullable(),
  answers: formAnswersSchema,
  eligibility: applicationEligibilitySchema,
  /** A joint application's partner organisations (empty when the applicant applies alone). */
  partners: z.array(applicationPartnerSchema),
});
export type ApplicationDto = z.infer<typeof applicationSchema>;

/** One of the caller's organisations' applications, with the call and programme it belongs to. */
export const ownApplicationSchema = applicationSchema.extend({
  callTitle: z.string(),
  programmeName: z.string(),
});
export type OwnApplicationDto = z.infer<typeof ownApplicationSchema>;
