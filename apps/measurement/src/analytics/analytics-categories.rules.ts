import type { AnalyticsRowDto, ProgressDto } from '@samvirke/contracts';
import { dimensionView, type CategoryValue } from '../progress/disaggregation.rules.js';
import { combinationCells } from './analytics-combinations.rules.js';
import { indicatorProgress } from '../progress/progress.rules.js';
import type { Viewer } from '../progress/table-view.js';
import type { IndicatorPeriod, Placed, PlacedRow } from './analytics-places.rules.js';

type IndicatorProgress = ProgressDto['indicators'][number];
type Dimension = IndicatorPeriod['indicator']['disaggregations'][number];

export type PeriodCategoryValue = CategoryValue & { readonly period: string };

export interface CategoryCell {
  readonly code: string;
  readonly value: AnalyticsRowDto['value'];
  readonly contributors: number;
}

/**
 * Each row's categories ("koen=kvinde") of a summed indicator, by progress's dimension rule
 * (disaggregation.rules.ts) over the row's organisations. A row that is a group shows its
 * categories only beside its own figure, and a sensitive count's categories are shown for every
 * group or for none: they add up to the programme's, which the disaggregated progress shows.
 */
export function categoryCells(
  cell: IndicatorPeriod,
  placed: Placed,
  categories: readonly PeriodCategoryValue[],
  viewer: Viewer,
): Map<PlacedRow, CategoryCell[]> {
  const found = new Map<PlacedRow, CategoryCell[]>();
  if (cell.indicator.aggregation !== 'sum') return found;
  const asProgress = indicatorProgress(cell.indicator, cell.progress, null, cell.values.length);
  for (const dimension of cell.indicator.disaggregations)
    for (const [row, cells] of dimensionCells({ cell, placed, categories, viewer, asProgress }, dimension))
      found.set(row, [...(found.get(row) ?? []), ...cells]);
  const shownCategories = new Map(found);
  for (const [row, cells] of combinationCells(cell, placed, categories, viewer, {
    asProgress,
    shownCategories,
  }))
    found.set(row, [...(found.get(row) ?? []), ...cells]);
  return found;
}

interface Split {
  readonly cell: IndicatorPeriod;
  readonly placed: Placed;
  readonly categories: readonly PeriodCategoryValue[];
  readonly viewer: Viewer;
  readonly asProgress: IndicatorProgress;
}

/** One dimension's categories for each row. */
function dimensionCells(
  { cell, placed, categories, viewer, asProgress }: Split,
  dimension: Dimension,
): [PlacedRow, CategoryCell[]][] {
  const split = placed.grouped || placed.rows.some((row) => row.organisationId !== null);
  const overall = dimensionView(asProgress, dimension, categories, viewer);
  const views = placed.rows.map((row) => {
    const mine = new Set(row.organisations);
    const view = split
      ? dimensionView(
          asProgress,
          dimension,
          categories.filter((value) => mine.has(value.organisationId)),
          viewer,
        )
      : overall;
    const own = row.organisations.length > 0 && row.organisations.every((id) => viewer.organisations.has(id));
    return { row, view, own, hidden: !own && (view.suppressed || (split && typeof row.value !== 'number')) };
  });
  const noneShown =
    cell.indicator.sensitive &&
    split &&
    (!placed.everyGroupShown || overall.suppressed || views.some((view) => view.hidden));
  return views.map(({ row, view, own, hidden }) => [
    row,
    view.categories.map((category) => ({
      code: `${dimension.code}=${category.code}`,
      value: hidden || (noneShown && !own) ? 'suppressed' : category.value,
      contributors: view.contributors,
    })),
  ]);
}
