import { cellKey, type CategoryCombination, type ProgressDto } from '@samvirke/contracts';
import { combinationView } from '../progress/category-combination.rules.js';
import type { Viewer } from '../progress/table-view.js';
import type { CategoryCell, PeriodCategoryValue } from './analytics-categories.rules.js';
import type { IndicatorPeriod, Placed, PlacedRow } from './analytics-places.rules.js';

type IndicatorProgress = ProgressDto['indicators'][number];

/**
 * Each row's cross cells of a summed indicator's category combinations
 * ("koen=kvinde&aldersgruppe=aar-18-24"), by progress's cross-table rule over the row's organisations:
 * the figures the row already shows (its value, its categories) count as known to the caller, so the
 * cells hide whatever those would give away. A row whose categories are hidden shows no cells either.
 */
export function combinationCells(
  cell: IndicatorPeriod,
  placed: Placed,
  categories: readonly PeriodCategoryValue[],
  viewer: Viewer,
  context: { asProgress: IndicatorProgress; shownCategories: ReadonlyMap<PlacedRow, CategoryCell[]> },
): Map<PlacedRow, CategoryCell[]> {
  const found = new Map<PlacedRow, CategoryCell[]>();
  const combinations: readonly CategoryCombination[] = cell.indicator.categoryCombinations ?? [];
  if (combinations.length === 0) return found;
  const split = placed.grouped || placed.rows.some((row) => row.organisationId !== null);
  for (const row of placed.rows) {
    const mine = new Set(row.organisations);
    const values = split ? categories.filter((value) => mine.has(value.organisationId)) : categories;
    const beside = context.shownCategories.get(row) ?? [];
    const categoriesHidden = beside.some((category) => typeof category.value === 'string');
    const shown = new Map<string, number>();
    if (typeof row.value === 'number') shown.set('', row.value);
    for (const category of beside)
      if (typeof category.value === 'number') shown.set(category.code, category.value);
    const cells = combinations.flatMap((combination) => {
      const view = combinationView(
        { progress: context.asProgress, combination, disaggregations: cell.indicator.disaggregations, shown },
        values,
        viewer,
      );
      const own =
        row.organisations.length > 0 && row.organisations.every((id) => viewer.organisations.has(id));
      const hidden =
        !own && (view.suppressed || categoriesHidden || (split && typeof row.value !== 'number'));
      return view.cells.map((crossCell) => ({
        code: cellKey(crossCell.categories),
        value: hidden && crossCell.value !== null ? ('suppressed' as const) : crossCell.value,
        contributors: view.contributors,
      }));
    });
    found.set(row, cells);
  }
  return found;
}
