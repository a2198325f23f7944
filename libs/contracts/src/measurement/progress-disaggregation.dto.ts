import { z } from 'zod';
import { INDICATOR_UNITS } from './indicator-units.js';
import { organisationValueSchema } from './progress.dto.js';

/**
 * One category combination's cross table (køn × aldersgruppe): each cell's and each category's sum
 * over the approved organisations, and the total, as the caller may see them. The small-numbers rule
 * runs over the whole table (rows, columns and the total bound to the cells), so "<5" and
 * "suppressed" read as in progress; null is a cell nobody reported.
 */
export const combinationTableSchema = z.object({
  code: z.string(),
  name: z.string(),
  dimensions: z.array(z.object({ code: z.string(), name: z.string(), categories: z.array(z.string()) })),
  contributors: z.number().int(),
  /** The whole table is held back from this caller (as a dimension is); every value is then null. */
  suppressed: z.boolean(),
  /** Each cell's categories ("koen=kvinde") in the combination's order. */
  cells: z.array(z.object({ categories: z.array(z.string()), value: organisationValueSchema.nullable() })),
  /** Each category's sum over its cells (a row or a column of a two-way table). */
  margins: z.array(z.object({ category: z.string(), value: organisationValueSchema.nullable() })),
  total: organisationValueSchema.nullable(),
});

export type CombinationTableDto = z.infer<typeof combinationTableSchema>;

/**
 * A period's summed indicators split by their disaggregations (køn, alder, …): each category's sum
 * over the approved organisations, as the caller may see it. A sensitive count's dimension is shown
 * whole or not at all: hidden when a category is a small count, when too few other organisations
 * contributed, or when the indicator's own table hides anything from the caller.
 */
export const disaggregatedProgressSchema = z.object({
  programmeId: z.uuid(),
  period: z.string(),
  indicators: z.array(
    z.object({
      code: z.string(),
      nameDa: z.string(),
      nameEn: z.string(),
      unit: z.enum(INDICATOR_UNITS),
      sensitive: z.boolean(),
      dimensions: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          /** Organisations with a value in the dimension. */
          contributors: z.number().int(),
          /** The dimension's figures are held back from this caller; every value is then null. */
          suppressed: z.boolean(),
          categories: z.array(z.object({ code: z.string(), value: z.number().nullable() })),
        }),
      ),
      /** Its category combinations' cross tables; empty for an indicator without any. */
      combinations: z.array(combinationTableSchema),
    }),
  ),
});

export type DisaggregatedProgressDto = z.infer<typeof disaggregatedProgressSchema>;
