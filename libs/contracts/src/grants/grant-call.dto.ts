import { z } from 'zod';
import {
  amountOreSchema,
  eligibleOrganisationTypesSchema,
  grantCallStatusSchema,
  positiveAmountOreSchema,
} from './grants-schemas.js';
import { DEFAULT_REPORT_SECTIONS, reportSectionSchema } from './grant-report.dto.js';

const criterionSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2_000).default(''),
    weight: z.number().int('a whole number').min(1).max(100),
  })
  .strict();

export const createGrantCallSchema = z
  .object({
    funderOrganisationId: z.uuid(),
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(20_000).default(''),
    budgetOre: positiveAmountOreSchema,
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    eligibleOrganisationTypes: eligibleOrganisationTypesSchema,
    criteria: z.array(criterionSchema).min(1).max(20),
    /** The narrative report template of the call's awards: its sections, in order. */
    reportSections: z
      .array(reportSectionSchema)
      .min(1)
      .max(20)
      .refine((sections) => new Set(sections.map((s) => s.key)).size === sections.length, 'keys must differ')
      .default([...DEFAULT_REPORT_SECTIONS]),
  })
  .strict()
  .refine((call) => Date.parse(call.closesAt) > Date.parse(call.opensAt), {
    path: ['closesAt'],
    message: 'must be after opensAt',
  });
export type CreateGrantCall = z.infer<typeof createGrantCallSchema>;

export const grantCallSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  funderOrganisationId: z.uuid(),
  title: z.string(),
  description: z.string(),
  budgetOre: amountOreSchema,
  awardedOre: amountOreSchema,
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  status: grantCallStatusSchema,
  eligibleOrganisationTypes: eligibleOrganisationTypesSchema,
  criteria: z.array(
    z.object({ id: z.uuid(), name: z.string(), description: z.string(), weight: z.number().int() }),
  ),
  reportSections: z.array(reportSectionSchema),
});
export type GrantCallDto = z.infer<typeof grantCallSchema>;

/** An open call as an organisation looking for funding finds it: with its programme's and foundation's names. */
export const openCallSchema = grantCallSchema.extend({
  programmeName: z.string(),
  funderName: z.string().nullable(),
});
export type OpenCallDto = z.infer<typeof openCallSchema>;
