import type { HierarchyView, MeasurementSettings, ProgressDto } from '@samvirke/contracts';
import {
  tableView,
  type IndicatorAggregation,
  type PeriodFigures,
  type TableView,
  type Viewer,
} from './table-view.js';

type IndicatorProgress = ProgressDto['indicators'][number];

export interface IndicatorFigures {
  readonly indicatorId: string;
  readonly code: string;
  readonly nameDa: string;
  readonly nameEn: string;
  readonly unit: IndicatorProgress['unit'];
  readonly polarity: IndicatorProgress['polarity'];
  readonly sensitive: boolean;
  readonly aggregation: IndicatorAggregation;
  readonly denominatorId: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
}

/** The programme's approved figures for two periods, per indicator (the projection kept on approval). */
export interface ProgressFigures {
  readonly indicators: readonly IndicatorFigures[];
  /** Weights of weighted means that the programme does not show itself. */
  readonly denominators: readonly IndicatorFigures[];
  /** Every indicator with approved figures in the programme, denominators included, by tableKey(). */
  readonly tables: ReadonlyMap<string, PeriodFigures>;
  /** Contributors per indicator in the asked period. */
  readonly contributors: ReadonlyMap<string, number>;
}

/** How many data providers were expected to report for the period, were approved, and on time. */
export interface Completeness {
  readonly expected: number;
  readonly approved: number;
  readonly onTime: number;
}

/** Everything one progress answer is made of, before the caller's view is applied. */
export interface ProgressInput {
  readonly programmeId: string;
  readonly period: string;
  readonly previousPeriod: string;
  readonly frequency: ProgressDto['frequency'];
  readonly figures: ProgressFigures;
  readonly completeness: Completeness;
  /** `expanded`: each folded row lists its sub-units; `folded` (default): the rows alone. */
  readonly hierarchy?: HierarchyView;
}

export function tableKey(period: string, indicatorId: string): string {
  return `${period}/${indicatorId}`;
}

/** The caller as the suppression sees them: their organisations, under the programme's thresholds. */
export function viewerOf(
  organisations: readonly string[],
  settings: Pick<MeasurementSettings, 'suppressBelow' | 'minContributors'>,
): Viewer {
  return {
    organisations: new Set(organisations),
    suppressBelow: settings.suppressBelow,
    minContributors: settings.minContributors,
  };
}

/**
 * The progress answer for one caller. Everything shown — each organisation's value, the aggregate,
 * the previous period's and the trend — passes the same suppression for this viewer, so no small
 * count can be worked out from it.
 */
export function progressAnswer(input: ProgressInput, viewer: Viewer): ProgressDto {
  const { figures, completeness, period, previousPeriod } = input;
  const views = viewsFor(figures, viewer);
  return {
    programmeId: input.programmeId,
    period,
    frequency: input.frequency,
    completeness: {
      expected: completeness.expected,
      approved: completeness.approved,
      share: share(completeness.approved, completeness.expected),
    },
    timeliness: {
      approved: completeness.approved,
      onTime: completeness.onTime,
      share: share(completeness.onTime, completeness.approved),
    },
    indicators: figures.indicators
      .map((indicator) =>
        indicatorProgress(
          indicator,
          views(period, indicator),
          views(previousPeriod, indicator),
          figures.contributors.get(indicator.indicatorId) ?? 0,
        ),
      )
      .map((indicator) => (input.hierarchy === 'expanded' ? indicator : withoutUnits(indicator))),
  };
}

/** The organisation rows alone: the sub-units' values folded in, not listed. */
function withoutUnits(indicator: IndicatorProgress): IndicatorProgress {
  return {
    ...indicator,
    organisations: indicator.organisations.map(({ organisationId, name, value }) => ({
      organisationId,
      name,
      value,
    })),
  };
}

/** Each indicator's table as this viewer sees it in a period; a weighted mean looks at its weights' view. */
export function viewsFor(
  figures: ProgressFigures,
  viewer: Viewer,
): (period: string, indicator: IndicatorFigures) => TableView {
  const byId = new Map(
    [...figures.indicators, ...figures.denominators].map((indicator) => [indicator.indicatorId, indicator]),
  );
  const memo = new Map<string, TableView>();
  const view = (period: string, indicator: IndicatorFigures): TableView => {
    const key = tableKey(period, indicator.indicatorId);
    const known = memo.get(key);
    if (known) return known;
    const table = figures.tables.get(key) ?? { aggregate: null, values: [] };
    const weights = indicator.denominatorId ? denominator(period, indicator.denominatorId) : undefined;
    const weightValues = indicator.denominatorId
      ? weightsIn(figures.tables, period, indicator.denominatorId)
      : undefined;
    const result = tableView(indicator, table, viewer, weights, weightValues);
    memo.set(key, result);
    return result;
  };
  const denominator = (period: string, id: string): TableView | undefined => {
    const indicator = byId.get(id);
    return indicator ? view(period, indicator) : undefined;
  };
  return view;
}

/** A weighted mean's weights in a period: its denominator's values by organisation. */
export function weightsIn(
  tables: ProgressFigures['tables'],
  period: string,
  denominatorId: string,
): Map<string, number> {
  const values = tables.get(tableKey(period, denominatorId))?.values ?? [];
  return new Map(values.map((value) => [value.organisationId, value.value]));
}

/** The indicator's line in the progress answer, from this period's view and the previous one's. */
export function indicatorProgress(
  indicator: IndicatorFigures,
  current: TableView,
  previous: TableView | null,
  contributors: number,
): IndicatorProgress {
  const comparable = typeof current.aggregate === 'number' ? current.aggregate : null;
  const previousAggregate = typeof previous?.aggregate === 'number' ? previous.aggregate : null;
  const { baseline, target } = indicator;
  return {
    code: indicator.code,
    nameDa: indicator.nameDa,
    nameEn: indicator.nameEn,
    unit: indicator.unit,
    polarity: indicator.polarity,
    sensitive: indicator.sensitive,
    aggregate: current.aggregate,
    aggregateSuppressed: current.aggregateSuppressed,
    contributors,
    baseline,
    target,
    attainmentPercent: attainmentPercent(comparable, baseline, target),
    previousAggregate,
    trend: trend(comparable, previousAggregate),
    organisations: current.organisations,
  };
}

/** How far from the baseline towards the target, in percent to one decimal; null without both. */
export function attainmentPercent(
  value: number | null,
  baseline: number | null,
  target: number | null,
): number | null {
  if (value === null || baseline === null || target === null || target === baseline) return null;
  return Math.round(((value - baseline) / (target - baseline)) * 1_000) / 10;
}

export function trend(current: number | null, previous: number | null): IndicatorProgress['trend'] {
  if (current === null || previous === null) return null;
  if (current > previous) return 'up';
  return current < previous ? 'down' : 'flat';
}

/** A part of a whole in percent to one decimal; null when the whole is nothing. */
export function share(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 1_000) / 10 : null;
}
