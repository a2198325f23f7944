import {
  CATEGORY_CELL_SEPARATOR,
  type DisaggregatedProgressDto,
  type IndicatorDto,
  type ProgressDto,
} from '@samvirke/contracts';
import { combinationView, progressHidesAnything } from './category-combination.rules.js';

export { progressHidesAnything };
import { isSmallCount } from './small-numbers.js';
import type { Viewer } from './table-view.js';

/**
 * Summed indicators split by their disaggregations, as one caller may see them. A category's sum is
 * shown only beside the indicator's own progress for the same caller, and kept as cautious as it:
 * a sensitive count's dimension is shown whole or not at all, so no hidden figure of either answer
 * can be worked out from the other (the categories add up to the total, and to each organisation's).
 */
type Dimension = DisaggregatedProgressDto['indicators'][number]['dimensions'][number];
type IndicatorProgress = ProgressDto['indicators'][number];

/** One organisation's approved value for one category ("koen=kvinde") of one indicator. */
export interface CategoryValue {
  readonly organisationId: string;
  readonly indicatorCode: string;
  readonly disaggregation: string;
  readonly value: number;
}

export interface DisaggregatedIndicator {
  readonly progress: IndicatorProgress;
  readonly disaggregations: IndicatorDto['disaggregations'];
  readonly combinations?: IndicatorDto['categoryCombinations'];
}

function dimensionHidden(
  progress: IndicatorProgress,
  values: readonly CategoryValue[],
  totals: readonly number[],
  viewer: Viewer,
): boolean {
  if (!progress.sensitive) return false;
  const organisations = new Set(values.map((value) => value.organisationId));
  const others = [...organisations].filter((id) => !viewer.organisations.has(id));
  if (others.length === 0) return false; // nothing but the caller's own figures
  return (
    progressHidesAnything(progress) ||
    // Less than two others: the caller's own subtracted, one organisation's category would be left.
    others.length < 2 ||
    organisations.size < viewer.minContributors ||
    totals.some((total) => isSmallCount(total, viewer.suppressBelow))
  );
}

export function dimensionView(
  progress: IndicatorProgress,
  dimension: IndicatorDto['disaggregations'][number],
  values: readonly CategoryValue[],
  viewer: Viewer,
): Dimension {
  // A combination's cell ("koen=kvinde&aldersgruppe=aar-18-24") is not one of the dimension's categories.
  const mine = values.filter(
    (value) =>
      value.indicatorCode === progress.code &&
      value.disaggregation.startsWith(`${dimension.code}=`) &&
      !value.disaggregation.includes(CATEGORY_CELL_SEPARATOR),
  );
  const totals = dimension.values.map((category) =>
    mine
      .filter((value) => value.disaggregation === `${dimension.code}=${category}`)
      .reduce((sum, value) => sum + value.value, 0),
  );
  const suppressed = dimensionHidden(progress, mine, totals, viewer);
  const reported = (category: string) =>
    mine.some((value) => value.disaggregation === `${dimension.code}=${category}`);
  return {
    code: dimension.code,
    name: dimension.name,
    contributors: new Set(mine.map((value) => value.organisationId)).size,
    suppressed,
    categories: dimension.values.map((category, index) => ({
      code: category,
      value: suppressed || !reported(category) ? null : (totals[index] ?? null),
    })),
  };
}

/** Every summed indicator of the caller's progress that has disaggregations, each dimension as they may see it. */
export function disaggregationAnswer(
  progress: ProgressDto,
  indicators: readonly DisaggregatedIndicator[],
  values: readonly CategoryValue[],
  viewer: Viewer,
): DisaggregatedProgressDto {
  return {
    programmeId: progress.programmeId,
    period: progress.period,
    indicators: indicators
      .filter((indicator) => indicator.disaggregations.length > 0)
      .map((indicator) => indicatorAnswer(indicator, values, viewer)),
  };
}

type IndicatorAnswer = DisaggregatedProgressDto['indicators'][number];

/** One indicator's dimensions, and its combinations' cross tables beside (and as cautious as) them. */
function indicatorAnswer(
  { progress, disaggregations, combinations = [] }: DisaggregatedIndicator,
  values: readonly CategoryValue[],
  viewer: Viewer,
): IndicatorAnswer {
  const dimensions = disaggregations.map((dimension) => dimensionView(progress, dimension, values, viewer));
  const shown = new Map<string, number>();
  if (typeof progress.aggregate === 'number' && !progress.aggregateSuppressed)
    shown.set('', progress.aggregate);
  for (const dimension of dimensions)
    for (const category of dimension.categories)
      if (category.value !== null) shown.set(`${dimension.code}=${category.code}`, category.value);
  return {
    code: progress.code,
    nameDa: progress.nameDa,
    nameEn: progress.nameEn,
    unit: progress.unit,
    sensitive: progress.sensitive,
    dimensions,
    combinations: combinations.map((combination) =>
      combinationView({ progress, combination, disaggregations, shown }, values, viewer),
    ),
  };
}
