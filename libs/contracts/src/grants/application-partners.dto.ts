import { z } from 'zod';
import { amountOreSchema, positiveAmountOreSchema } from './grants-schemas.js';

/**
 * A joint application: the applicant organisation leads, partner organisations apply with it, each
 * with its own part of the budget. Every partner confirms its participation before submission.
 */
export const PARTNER_STATUSES = ['invited', 'confirmed', 'declined'] as const;
export const partnerStatusSchema = z.enum(PARTNER_STATUSES);
export type PartnerStatus = z.infer<typeof partnerStatusSchema>;

export const saveApplicationPartnersSchema = z
  .object({
    partners: z
      .array(z.object({ organisationId: z.uuid(), budgetOre: positiveAmountOreSchema }).strict())
      .max(20),
  })
  .strict();
export type SaveApplicationPartners = z.infer<typeof saveApplicationPartnersSchema>;

export const declinePartnershipSchema = z.object({ reason: z.string().trim().min(3).max(2_000) }).strict();
export type DeclinePartnership = z.infer<typeof declinePartnershipSchema>;

export const applicationPartnerSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string().nullable(),
  budgetOre: amountOreSchema,
  status: partnerStatusSchema,
  answeredAt: z.iso.datetime({ offset: true }).nullable(),
  reason: z.string().nullable(),
});
export type ApplicationPartnerDto = z.infer<typeof applicationPartnerSchema>;
