import {
  cellCategories,
  cellKey,
  combinationCells,
  type CategoryCombination,
  type ProblemFieldError,
  type SaveSubmission,
} from '@samvirke/contracts';

/**
 * Category combinations at submission: a combination's cells are given all or none, and every
 * category (koen=kvinde) and the indicator's total that is given equals the sum of its cells.
 */

/** One combination of a tracked indicator: its code and every cell's categories in its order. */
export interface CombinationGrid {
  readonly code: string;
  readonly dimensions: readonly string[];
  readonly cells: readonly (readonly string[])[];
}

export function combinationGrids(
  combinations: readonly CategoryCombination[],
  disaggregations: readonly { code: string; values: readonly string[] }[],
): CombinationGrid[] {
  return combinations.map((combination) => ({
    code: combination.code,
    dimensions: combination.dimensions,
    cells: combinationCells(combination, disaggregations),
  }));
}

type Values = SaveSubmission['values'];
interface Given {
  readonly value: number;
  readonly index: number;
}

/** Floating sums of decimals differ in the last bits; a part in a billion is the same figure. */
function sameFigure(left: number, right: number): boolean {
  return Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
}

function round(value: number): number {
  return Number(value.toFixed(9));
}

/** Every problem with the combinations' cells and the totals beside them, for every indicator. */
export function combinationErrors(
  values: Values,
  combinationsOf: ReadonlyMap<string, readonly CombinationGrid[]>,
): ProblemFieldError[] {
  const byIndicator = new Map<string, Map<string, Given>>();
  values.forEach((entry, index) => {
    if (!combinationsOf.get(entry.indicator)?.length) return;
    const given = byIndicator.get(entry.indicator) ?? new Map<string, Given>();
    const key = entry.disaggregation ?? '';
    if (!given.has(key)) given.set(key, { value: entry.value, index });
    byIndicator.set(entry.indicator, given);
  });
  return [...byIndicator].flatMap(([indicator, given]) =>
    (combinationsOf.get(indicator) ?? []).flatMap((grid) => gridErrors(indicator, grid, given)),
  );
}

function gridErrors(
  indicator: string,
  grid: CombinationGrid,
  given: ReadonlyMap<string, Given>,
): ProblemFieldError[] {
  const cells = grid.cells.map((categories) => ({ categories, given: given.get(cellKey(categories)) }));
  const first = cells.find((cell) => cell.given)?.given;
  if (!first) return [];
  const missing = cells.filter((cell) => !cell.given).map((cell) => cellKey(cell.categories));
  if (missing.length > 0) {
    const named =
      missing.slice(0, 10).join(', ') + (missing.length > 10 ? ` and ${missing.length - 10} more` : '');
    return [
      {
        pointer: `/values/${first.index}/disaggregation`,
        detail: `${indicator}: every cell of ${grid.code} is given or none; missing ${named}`,
      },
    ];
  }
  const sums = partSums(
    cells.map((cell) => ({ categories: cell.categories, value: cell.given?.value ?? 0 })),
  );
  return [...sums].flatMap(([category, sum]) => {
    const total = given.get(category);
    if (!total || sameFigure(total.value, sum)) return [];
    const what = category === '' ? 'the total' : category;
    return [
      {
        pointer: `/values/${total.index}/value`,
        detail: `${indicator}: ${what} is ${total.value} but its cells in ${grid.code} sum to ${round(sum)}`,
      },
    ];
  });
}

/** The sum of the cells for each category they hold ("koen=kvinde") and for the total (""). */
export function partSums(
  cells: readonly { categories: readonly string[]; value: number }[],
): Map<string, number> {
  const sums = new Map<string, number>([['', 0]]);
  for (const cell of cells) {
    for (const category of ['', ...cell.categories])
      sums.set(category, (sums.get(category) ?? 0) + cell.value);
  }
  return sums;
}

/** The categories of a value's key that is a combination cell, or null for a plain category or total. */
export function cellOf(disaggregation: string | null | undefined): string[] | null {
  if (!disaggregation) return null;
  const categories = cellCategories(disaggregation);
  return categories.length > 1 ? categories : null;
}
