/**
 * The demo's figures: each data provider's values for a period along its course with a seeded
 * stray (the same on every run), split over the disaggregations, and the programme's baseline and
 * targets from the course's start to its goal.
 */
import type { SaveSubmission } from '@samvirke/contracts';
import { previousQuarter, progressAt, quarterOf, quarters, seeded } from './demo-calendar.js';
import type { DemoIndicator, DemoMeasurement, IndicatorDefinition } from './demo-measurement-types.js';
import { combinationValues } from './demo-combinations.js';
import type { OrganisationRef } from './demo-programmes.js';

export type Values = SaveSubmission['values'];

/** Counts of people below this are suppressed; the demo's own figures stay above it but for one. */
const SMALL_BELOW = 5;

function rounded(definition: IndicatorDefinition, value: number): number {
  const scale = definition.valueType === 'decimal' ? (definition.scale ?? 0) : 0;
  const factor = 10 ** scale;
  const within = Math.min(definition.max ?? Infinity, Math.max(definition.min ?? 0, value));
  return Math.round(within * factor) / factor;
}

/** One provider's total for a period, along its course. */
export function totalValue(indicator: DemoIndicator, organisation: OrganisationRef, period: string): number {
  const [start, end] = indicator.course[organisation] ?? [0, 0];
  const onCourse = start + (end - start) * progressAt(period);
  const stray = (seeded(`${indicator.definition.code}|${organisation}|${period}`) * 2 - 1) * indicator.spread;
  const value = rounded(indicator.definition, onCourse * (1 + stray));
  return indicator.definition.sensitive ? Math.max(SMALL_BELOW, value) : value;
}

/**
 * The total split over each disaggregation by its shares; the last value takes what is left. A
 * category combination's disaggregations are the sums of its cells (demo-combinations.ts).
 */
function disaggregated(indicator: DemoIndicator, total: number, name: string): Values {
  const combined = combinationValues(indicator, total, name);
  return [
    ...(indicator.definition.disaggregations ?? []).flatMap((disaggregation) => {
      if (combined?.covered.has(disaggregation.code)) return [];
      return split(indicator, disaggregation, total, name);
    }),
    ...(combined?.values ?? []),
  ];
}

type Disaggregation = NonNullable<IndicatorDefinition['disaggregations']>[number];

/** One disaggregation's values by its shares; the last value takes what is left. */
function split(
  indicator: DemoIndicator,
  disaggregation: Disaggregation,
  total: number,
  name: string,
): Values {
  const shares = indicator.split?.[disaggregation.code];
  if (!shares) return [];
  let left = total;
  return disaggregation.values.map((value, index) => {
    const share = shares[index] ?? 0;
    const part =
      index === disaggregation.values.length - 1
        ? left
        : Math.round(total * share * (1 + (seeded(`${name}|${disaggregation.code}=${value}`) - 0.5) / 10));
    left -= part;
    return {
      indicator: indicator.definition.code,
      disaggregation: `${disaggregation.code}=${value}`,
      value: part,
    };
  });
}

/** Everything an organisation reports for a period of this frequency. */
export function reportValues(
  measurement: DemoMeasurement,
  frequency: DemoIndicator['frequency'],
  organisation: OrganisationRef,
  period: string,
): Values {
  const small = measurement.small;
  return measurement.indicators
    .filter((indicator) => indicator.frequency === frequency && indicator.course[organisation])
    .flatMap((indicator) => {
      const code = indicator.definition.code;
      if (small?.report === `${organisation}@${period}` && small.indicator === code)
        return [{ indicator: code, value: small.value }];
      const total = totalValue(indicator, organisation, period);
      return [
        { indicator: code, value: total },
        ...disaggregated(indicator, total, `${code}|${organisation}|${period}`),
      ];
    });
}

/** The same values with one indicator's figures off by `factor` (what a returned version held). */
export function misreported(values: Values, indicator: string, factor: number): Values {
  return values.map((value) =>
    value.indicator === indicator
      ? { ...value, value: Number((value.value * factor).toFixed(Number.isInteger(value.value) ? 0 : 1)) }
      : value,
  );
}

function aggregate(indicator: DemoIndicator, values: number[]): number {
  const sum = values.reduce((total, value) => total + value, 0);
  const combined = indicator.definition.aggregation === 'mean' ? sum / Math.max(1, values.length) : sum;
  return rounded(indicator.definition, combined);
}

/** Years from `from` to `to`, as period labels. */
function years(from: number, to: number): string[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => String(from + index));
}

/**
 * How the programme tracks the indicator: the baseline (the providers' course starts, in the period
 * before the first) and a target for every period to the programme's end, straight to the goal.
 */
export function indicatorConfiguration(
  indicator: DemoIndicator,
  firstQuarter: string,
  endDate: string,
): {
  frequency: string;
  baseline: { period: string; value: number };
  targets: { period: string; value: number }[];
} {
  const starts = Object.values(indicator.course).map(([start]) => start);
  const baseline = aggregate(indicator, starts);
  const firstYear = Number(firstQuarter.slice(0, 4));
  const periods =
    indicator.frequency === 'quarterly'
      ? quarters(firstQuarter, quarterOf(endDate))
      : years(firstYear, Number(endDate.slice(0, 4)));
  const targets = periods.map((period, index) => ({
    period,
    value: rounded(
      indicator.definition,
      baseline + ((indicator.goal - baseline) * (index + 1)) / periods.length,
    ),
  }));
  const baselinePeriod =
    indicator.frequency === 'quarterly' ? previousQuarter(firstQuarter) : String(firstYear - 1);
  return { frequency: indicator.frequency, baseline: { period: baselinePeriod, value: baseline }, targets };
}
