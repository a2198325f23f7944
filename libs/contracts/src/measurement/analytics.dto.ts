import { z } from 'zod';
import { DK_REGIONS } from '../reference/dk-municipalities.js';
import { INDICATOR_AGGREGATIONS } from './indicator.dto.js';
import { periodLabelSchema } from './programme-indicator.dto.js';
import { HIERARCHY_VIEWS, organisationValueSchema } from './progress.dto.js';

/** What the rows of an analytics answer may be split by, besides indicator and period (always). */
export const ANALYTICS_DIMENSIONS = ['organisation', 'region', 'disaggregation'] as const;
export type AnalyticsDimension = (typeof ANALYTICS_DIMENSIONS)[number];

function commaList<T extends z.ZodType<string, string>>(item: T) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1).max(100));
}

/**
 * The pivot asked for: rows are always split by indicator and period (values of different
 * indicators or periods do not add up); `by` adds organisation or region, and disaggregation.
 */
export const analyticsQuerySchema = z
  .object({
    /** Comma-separated: organisation or region (not both), disaggregation. */
    by: commaList(z.enum(ANALYTICS_DIMENSIONS))
      .refine(
        (by) => !(by.includes('organisation') && by.includes('region')),
        'organisation or region, not both',
      )
      .optional(),
    /** Comma-separated indicator codes; all the programme tracks without it. */
    indicators: commaList(z.string().min(1).max(100)).optional(),
    from: periodLabelSchema.optional(),
    to: periodLabelSchema.optional(),
    /** Comma-separated organisation ids: only their rows (suppression is decided over all of them). */
    organisations: commaList(z.uuid()).optional(),
    /** Comma-separated region codes (1081–1085). */
    regions: commaList(
      z.string().refine((code) => code in DK_REGIONS, 'one of the five regions 1081–1085'),
    ).optional(),
    /** With by=organisation: `expanded` lists each sub-unit's row after its municipality's (folded). */
    hierarchy: z.enum(HIERARCHY_VIEWS).optional(),
  })
  .strict();

export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>;

export const analyticsRowSchema = z.object({
  indicator: z.string(),
  period: z.string(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  /** A sub-unit's row (`hierarchy=expanded`): the organisation directly above it. */
  parentOrganisationId: z.uuid().optional(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  /** "dimension=category" (e.g. "koen=kvinde"); null for the indicator's total. */
  disaggregation: z.string().nullable(),
  /** Sum, mean, weighted mean or latest value, as the indicator aggregates; "<5"/"suppressed" as in progress. */
  value: organisationValueSchema.nullable(),
  /** Organisations whose approved values are in the row. */
  contributors: z.number().int(),
});

export const analyticsSchema = z.object({
  programmeId: z.uuid(),
  by: z.array(z.enum(ANALYTICS_DIMENSIONS)),
  indicators: z.array(
    z.object({
      code: z.string(),
      nameDa: z.string(),
      unit: z.string(),
      aggregation: z.enum(INDICATOR_AGGREGATIONS),
      sensitive: z.boolean(),
    }),
  ),
  rows: z.array(analyticsRowSchema),
});

export type AnalyticsDto = z.infer<typeof analyticsSchema>;
export type AnalyticsRowDto = z.infer<typeof analyticsRowSchema>;
