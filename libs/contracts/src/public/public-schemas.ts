import { z } from 'zod';
import { cvrSchema, kommunekodeSchema, organisationTypeSchema } from '../shared-schemas.js';
import { programmeStatusSchema, isoDateSchema } from '../partners/partners-schemas.js';
import { reportingFrequencySchema } from '../measurement/programme-indicator.dto.js';

/**
 * Shapes of the public events: what integrations may see. Organisations and programmes, never
 * people: no names of persons, emails, phone numbers, usernames or token subjects. The contract
 * tests check every public schema for such fields.
 */
export const publicOrganisationSchema = z.object({
  organisationId: z.uuid(),
  /** The organisation's registered name (a foundation, municipality, NGO; never a person). */
  name: z.string().min(1),
  type: organisationTypeSchema,
  cvr: cvrSchema.nullable(),
  kommunekode: kommunekodeSchema.nullable(),
  archived: z.boolean(),
});

export const publicProgrammeSchema = z.object({
  programmeId: z.uuid(),
  slug: z.string(),
  name: z.string(),
  status: programmeStatusSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  backboneOrganisationId: z.uuid().nullable(),
  goals: z.array(z.object({ goalId: z.uuid(), title: z.string(), position: z.number().int().nonnegative() })),
  themes: z.array(z.string()),
});

export const publicReportingPeriodSchema = z.object({
  periodId: z.uuid(),
  programmeId: z.uuid(),
  frequency: reportingFrequencySchema,
  period: z.string(),
  dueDate: isoDateSchema,
});
