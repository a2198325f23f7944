import { z } from 'zod';
import { pageQuerySchema } from '../pagination.js';
import {
  categoryCodeSchema,
  categoryCombinationSchema,
  combinationIssues,
  namedCodesSchema,
} from './category-combination.js';
import { INDICATOR_UNITS, measuredNumberSchema, UNIT_RANGES } from './indicator-units.js';

export const INDICATOR_AGGREGATIONS = ['sum', 'mean', 'weighted-mean', 'latest'] as const;
export const INDICATOR_POLARITIES = ['higher-is-better', 'lower-is-better'] as const;

export const disaggregationSchema = namedCodesSchema('values', { min: 2, max: 50 }, 'each value once');

/** What an indicator of the shared library counts, how, and how organisations' values combine. */
const indicatorFields = z
  .object({
    nameDa: z.string().trim().min(2).max(200),
    nameEn: z.string().trim().min(2).max(200),
    descriptionDa: z.string().trim().max(2_000).default(''),
    descriptionEn: z.string().trim().max(2_000).default(''),
    unit: z.enum(INDICATOR_UNITS),
    valueType: z.enum(['integer', 'decimal']),
    /** Digits after the decimal point, for decimal values. */
    scale: z.number().int().min(0).max(6).default(0),
    aggregation: z.enum(INDICATOR_AGGREGATIONS),
    /** For weighted means: the indicator whose values weigh each organisation's value. */
    denominatorCode: categoryCodeSchema.nullable().default(null),
    polarity: z.enum(INDICATOR_POLARITIES),
    disaggregations: z
      .array(disaggregationSchema)
      .max(5)
      .default([])
      .refine(
        (items) => new Set(items.map((item) => item.code)).size === items.length,
        'each disaggregation once',
      ),
    /**
     * Disaggregations crossed with each other (e.g. køn × aldersgruppe), reported per cell, whose
     * cells add up to each category's value and to the total. Summed indicators only.
     */
    categoryCombinations: z.array(categoryCombinationSchema).max(3).default([]),
    /** Counts of people: small numbers are suppressed for anyone outside the reporting organisation. */
    sensitive: z.boolean().default(false),
    /** Without them the unit's range applies (UNIT_RANGES: a count is never negative). */
    min: measuredNumberSchema.nullable().default(null),
    max: measuredNumberSchema.nullable().default(null),
  })
  .strict();

type IndicatorFields = z.infer<typeof indicatorFields>;

/** Limits lie within the unit's range (a count is never negative) and max is not below min. */
function checkLimits(value: IndicatorFields, context: z.RefinementCtx): void {
  const range = UNIT_RANGES[value.unit];
  for (const bound of ['min', 'max'] as const) {
    const limit = value[bound];
    if (limit !== null && (limit < range.min || limit > range.max)) {
      context.addIssue({
        code: 'custom',
        path: [bound],
        message: `a ${value.unit} lies within ${range.min}..${range.max}`,
      });
    }
  }
  if (value.min !== null && value.max !== null && value.max < value.min) {
    context.addIssue({ code: 'custom', path: ['max'], message: 'below min' });
  }
}

/** The rules between an indicator's fields, for a new indicator and a new version alike. */
function checkIndicatorFields(value: IndicatorFields, context: z.RefinementCtx): void {
  checkLimits(value, context);
  const issue = (path: keyof IndicatorFields, message: string): void =>
    context.addIssue({ code: 'custom', path: [path], message });
  if (value.valueType === 'integer' && value.scale !== 0) issue('scale', 'integer values have no decimals');
  if (value.aggregation === 'weighted-mean' && !value.denominatorCode) {
    issue('denominatorCode', 'a weighted mean needs its denominator indicator');
  }
  if (value.aggregation !== 'weighted-mean' && value.denominatorCode) {
    issue('denominatorCode', 'only weighted means have a denominator');
  }
  if (value.sensitive && value.unit !== 'count') {
    issue('sensitive', 'only counts of people are marked sensitive');
  }
  if (value.categoryCombinations.length > 0 && value.aggregation !== 'sum') {
    issue('categoryCombinations', 'only summed indicators have category combinations');
  }
  for (const found of combinationIssues(value.categoryCombinations, value.disaggregations))
    context.addIssue({
      code: 'custom',
      path: ['categoryCombinations', found.index, found.field],
      message: found.message,
    });
}

/** A new indicator of the shared library, with the code its versions keep as their lineage. */
export const defineIndicatorSchema = indicatorFields
  .extend({ code: categoryCodeSchema })
  .strict()
  .superRefine(checkIndicatorFields);

export type DefineIndicator = z.infer<typeof defineIndicatorSchema>;

/**
 * A new version of an indicator: every field anew but the code, which the service derives from the
 * lineage (`<lineage>.v<N>`).
 */
export const versionIndicatorSchema = indicatorFields.superRefine(checkIndicatorFields);

export type VersionIndicator = z.infer<typeof versionIndicatorSchema>;

/** Current: may be added to programmes. Superseded by a newer version, or retired: kept, not added anew. */
export const INDICATOR_STATUSES = ['current', 'superseded', 'retired'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export const indicatorSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  nameDa: z.string(),
  nameEn: z.string(),
  descriptionDa: z.string(),
  descriptionEn: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  valueType: z.enum(['integer', 'decimal']),
  scale: z.number().int(),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  denominatorCode: z.string().nullable(),
  polarity: z.enum(INDICATOR_POLARITIES),
  disaggregations: z.array(disaggregationSchema),
  categoryCombinations: z.array(categoryCombinationSchema),
  sensitive: z.boolean(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  /** The code of the lineage's first version; every version of it shares it. */
  lineage: z.string(),
  version: z.number().int().min(1),
  status: z.enum(INDICATOR_STATUSES),
  /** The code of the version that replaced this one. */
  supersededBy: z.string().nullable(),
  retiredAt: z.iso.datetime({ offset: true }).nullable(),
});

export type IndicatorDto = z.infer<typeof indicatorSchema>;

export const listIndicatorsQuerySchema = pageQuerySchema.extend({
  unit: z.enum(INDICATOR_UNITS).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  status: z.enum(INDICATOR_STATUSES).optional(),
});

export type ListIndicatorsQuery = z.infer<typeof listIndicatorsQuerySchema>;
