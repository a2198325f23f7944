import { z } from 'zod';
import { INDICATOR_UNITS } from './indicator-units.js';

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
    }),
  ),
});

export type DisaggregatedProgressDto = z.infer<typeof disaggregatedProgressSchema>;
