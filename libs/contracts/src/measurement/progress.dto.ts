import { z } from 'zod';
import { INDICATOR_POLARITIES } from './indicator.dto.js';
import { INDICATOR_UNITS } from './indicator-units.js';
import { periodLabelSchema, reportingFrequencySchema } from './programme-indicator.dto.js';

/** A number, or "<5" where small-number suppression hides it from the caller. */
export const suppressibleSchema = z.union([z.number(), z.literal('<5')]);

/**
 * An organisation's value as the caller may see it: the number, "<5" for a small count, or
 * "suppressed" where showing it would let a small count (or a total held back for too few
 * organisations) be worked out from the other figures.
 */
export const organisationValueSchema = z.union([z.number(), z.literal('<5'), z.literal('suppressed')]);

export const progressQuerySchema = z.object({ period: periodLabelSchema }).strict();

export const progressSchema = z.object({
  programmeId: z.uuid(),
  period: z.string(),
  frequency: reportingFrequencySchema,
  /** Share of the data providers whose values for the period are approved. */
  completeness: z.object({
    expected: z.number().int(),
    approved: z.number().int(),
    share: z.number().nullable(),
  }),
  /** Share of the approved ones that were first submitted by the due date. */
  timeliness: z.object({
    approved: z.number().int(),
    onTime: z.number().int(),
    share: z.number().nullable(),
  }),
  indicators: z.array(
    z.object({
      code: z.string(),
      nameDa: z.string(),
      nameEn: z.string(),
      unit: z.enum(INDICATOR_UNITS),
      polarity: z.enum(INDICATOR_POLARITIES),
      sensitive: z.boolean(),
      /**
       * Null when nobody reported, when fewer organisations than the threshold contributed to a
       * sensitive count, or when it would let a hidden small count be worked out.
       */
      aggregate: suppressibleSchema.nullable(),
      aggregateSuppressed: z.boolean(),
      contributors: z.number().int(),
      baseline: z.number().nullable(),
      target: z.number().nullable(),
      attainmentPercent: z.number().nullable(),
      /** The previous period's aggregate as this caller may see it there (null where hidden). */
      previousAggregate: z.number().nullable(),
      trend: z.enum(['up', 'down', 'flat']).nullable(),
      organisations: z.array(
        z.object({ organisationId: z.uuid(), name: z.string(), value: organisationValueSchema }),
      ),
    }),
  ),
});

export type ProgressDto = z.infer<typeof progressSchema>;
