import type { CurvePoint, ScorecardIndicatorDto } from '@samvirke/contracts';
import type { TrendPoint } from '../charts/trend-chart.js';

export type ScorecardGroupKey =
  'population' | 'how-much' | 'how-well' | 'better-off' | 'performance' | 'unclassified';

/**
 * The scorecard's sections in Results-Based Accountability's order: population indicators, then the
 * performance measures by question, then those without a question, then the unclassified. Empty
 * sections are left out.
 */
export function scorecardGroups(
  indicators: readonly ScorecardIndicatorDto[],
): { key: ScorecardGroupKey; indicators: ScorecardIndicatorDto[] }[] {
  const keyOf = (indicator: ScorecardIndicatorDto): ScorecardGroupKey => {
    if (indicator.rbaKind === 'population') return 'population';
    if (indicator.rbaKind === 'performance') return indicator.performanceQuestion ?? 'performance';
    return 'unclassified';
  };
  const order: ScorecardGroupKey[] = [
    'population',
    'how-much',
    'how-well',
    'better-off',
    'performance',
    'unclassified',
  ];
  return order
    .map((key) => ({ key, indicators: indicators.filter((indicator) => keyOf(indicator) === key) }))
    .filter((group) => group.indicators.length > 0);
}

/** A curve as the trend chart draws it: suppressed values ("<5", null) are gaps, never numbers. */
export function trendPoints(curve: readonly CurvePoint[]): TrendPoint[] {
  return curve.map((point) => ({
    period: point.period,
    actual: typeof point.value === 'number' ? point.value : null,
    target: point.target,
  }));
}
