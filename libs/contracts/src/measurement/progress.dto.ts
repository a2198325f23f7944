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

/**
 * How the organisation hierarchy is shown: `folded` (the default) counts a sub-unit's values in the
 * row of the municipality at the top of its tree; `expanded` also lists the units under that row.
 */
export const HIERARCHY_VIEWS = ['folded', 'expanded'] as const;
export type HierarchyView = (typeof HIERARCHY_VIEWS)[number];

export const progressQuerySchema = z
  .object({ period: periodLabelSchema, hierarchy: z.enum(HIERARCHY_VIEWS).optional() })
  .strict();

/** A sub-unit's value under its municipality's row (`hierarchy=expanded`). */
export const organisationUnitSchema = z.object({
  organisationId: z.uuid(),
  name: z.string(),
  /** The organisation directly above it (the municipality, or a forvaltning under it). */
  parentOrganisationId: z.uuid(),
  value: organisationValueSchema,
});

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
      /** One row per organisation standing on its own, its sub-units' values folded in. */
      organisations: z.array(
        z.object({
          organisationId: z.uuid(),
          name: z.string(),
          value: organisationValueSchema,
          /** With `hierarchy=expanded`, the sub-units whose values the row is made of. */
          units: z.array(organisationUnitSchema).optional(),
        }),
      ),
    }),
  ),
});

export type ProgressDto = z.infer<typeof progressSchema>;
