import { z } from 'zod';

export const INDICATOR_UNITS = ['count', 'percent', 'dkk', 'rate-per-1000', 'score'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/**
 * Any measured number (a submitted value, a baseline, a target, an indicator's own limits): finite
 * and within what a double holds exactly, so 1e300 never reaches a sum or a chart.
 */
export const measuredNumberSchema = z
  .number()
  .finite()
  .min(-Number.MAX_SAFE_INTEGER, 'too small to measure')
  .max(Number.MAX_SAFE_INTEGER, 'too large to measure');

/**
 * The values each unit can take at all; an indicator's min and max narrow them and must lie inside
 * them, and an indicator without its own min or max takes the unit's. Counts are non-negative
 * safe integers; a share is 0–100 % but a change may be negative or pass 100 %, not by orders of
 * magnitude; kroner up to ±10,000 billion (more than the state's budget); a rate per 1,000 is at
 * most 1,000; scores are scales an organisation chooses, bounded generously.
 */
export const UNIT_RANGES: Readonly<Record<IndicatorUnit, { readonly min: number; readonly max: number }>> = {
  count: { min: 0, max: Number.MAX_SAFE_INTEGER },
  percent: { min: -1_000, max: 1_000 },
  dkk: { min: -10_000_000_000_000, max: 10_000_000_000_000 },
  'rate-per-1000': { min: 0, max: 1_000 },
  score: { min: -1_000_000, max: 1_000_000 },
};

/** The range a value of an indicator must lie in: its own min and max, else its unit's. */
export function valueRange(
  unit: IndicatorUnit,
  min: number | null,
  max: number | null,
): { readonly min: number; readonly max: number } {
  return { min: min ?? UNIT_RANGES[unit].min, max: max ?? UNIT_RANGES[unit].max };
}
