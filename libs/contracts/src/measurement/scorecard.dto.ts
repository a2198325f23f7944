import { z } from 'zod';
import { INDICATOR_UNITS } from './indicator-units.js';
import {
  goodDirectionSchema,
  performanceQuestionSchema,
  periodLabelSchema,
  rbaKindSchema,
  reportingFrequencySchema,
} from './programme-indicator.dto.js';
import { suppressibleSchema } from './progress.dto.js';

export const scorecardQuerySchema = z
  .object({ goalId: z.uuid().optional() })
  .strict()
  .describe('goalId: only the indicators serving this goal of the programme');

export type ScorecardQuery = z.infer<typeof scorecardQuerySchema>;

/** One period of a curve, as the caller may see it (null where nobody reported or it is suppressed). */
export const curvePointSchema = z.object({
  period: z.string(),
  value: suppressibleSchema.nullable(),
  target: z.number().nullable(),
});

export type CurvePoint = z.infer<typeof curvePointSchema>;

/**
 * "Turning the curve": the latest visible value against a straight-line forecast from the baseline
 * and the visible values before it. `turning` when the actual is better than the forecast in the
 * direction of a good trend, `not-turning` when it is not, `insufficient-data` without a value and
 * something to forecast from.
 */
export const turningTheCurveSchema = z.object({
  status: z.enum(['turning', 'not-turning', 'insufficient-data']),
  period: z.string().nullable(),
  forecast: z.number().nullable(),
  actual: z.number().nullable(),
});

export type TurningTheCurve = z.infer<typeof turningTheCurveSchema>;

export const scorecardIndicatorSchema = z.object({
  code: z.string(),
  nameDa: z.string(),
  nameEn: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  frequency: reportingFrequencySchema,
  rbaKind: rbaKindSchema.nullable(),
  performanceQuestion: performanceQuestionSchema.nullable(),
  /** As configured, else from the indicator's polarity. */
  goodDirection: goodDirectionSchema,
  goalIds: z.array(z.uuid()),
  baseline: z.object({ period: periodLabelSchema, value: z.number() }).nullable(),
  /** Every reporting period of the indicator's frequency, oldest first. */
  curve: z.array(curvePointSchema),
  turningTheCurve: turningTheCurveSchema,
});

export type ScorecardIndicatorDto = z.infer<typeof scorecardIndicatorSchema>;

export const scorecardSchema = z.object({
  programmeId: z.uuid(),
  goalId: z.uuid().nullable(),
  indicators: z.array(scorecardIndicatorSchema),
});

export type ScorecardDto = z.infer<typeof scorecardSchema>;

/** One indicator code side by side across the programmes the caller's foundation funds. */
export const indicatorComparisonSchema = z.object({
  code: z.string(),
  nameDa: z.string(),
  nameEn: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  goodDirection: goodDirectionSchema,
  programmes: z.array(
    z.object({
      programmeId: z.uuid(),
      name: z.string(),
      frequency: reportingFrequencySchema,
      baseline: z.object({ period: periodLabelSchema, value: z.number() }).nullable(),
      curve: z.array(curvePointSchema),
      turningTheCurve: turningTheCurveSchema,
    }),
  ),
});

export type IndicatorComparisonDto = z.infer<typeof indicatorComparisonSchema>;
