/**
 * The demo's category combinations (køn × aldersgruppe): a total split over every cell by the
 * product of its categories' shares, the last cell taking what is left, and each category's value
 * the sum of its cells, so that what the demo reports always adds up as the service requires.
 */
import { CATEGORY_CELL_SEPARATOR } from '@samvirke/contracts';
import { seeded } from './demo-calendar.js';
import type { DemoIndicator } from './demo-measurement-types.js';
import type { Values } from './demo-values.js';

interface Part {
  readonly categories: string[];
  readonly share: number;
}

/** Every cell of the combination with the product of its categories' shares. */
function parts(indicator: DemoIndicator, dimensions: readonly string[]): Part[] | null {
  let cells: Part[] = [{ categories: [], share: 1 }];
  for (const code of dimensions) {
    const dimension = indicator.definition.disaggregations?.find((item) => item.code === code);
    const shares = indicator.split?.[code];
    if (!dimension || !shares) return null;
    cells = cells.flatMap((cell) =>
      dimension.values.map((value, index) => ({
        categories: [...cell.categories, `${code}=${value}`],
        share: cell.share * (shares[index] ?? 0),
      })),
    );
  }
  return cells;
}

/**
 * The cells of the indicator's first combination for this total, and the values of the
 * disaggregations it covers (their categories' sums); null without a combination.
 */
export function combinationValues(
  indicator: DemoIndicator,
  total: number,
  name: string,
): { values: Values; covered: Set<string> } | null {
  const combination = indicator.definition.categoryCombinations?.[0];
  const cells = combination ? parts(indicator, combination.dimensions) : null;
  if (!combination || !cells) return null;
  let left = total;
  const cellValues = cells.map((cell, index) => {
    const key = cell.categories.join(CATEGORY_CELL_SEPARATOR);
    const jitter = 1 + (seeded(`${name}|${key}`) - 0.5) / 10;
    const value = index === cells.length - 1 ? left : Math.min(left, Math.round(total * cell.share * jitter));
    left -= value;
    return { key, categories: cell.categories, value };
  });
  const sums = new Map<string, number>();
  for (const cell of cellValues)
    for (const category of cell.categories) sums.set(category, (sums.get(category) ?? 0) + cell.value);
  const code = indicator.definition.code;
  return {
    covered: new Set(combination.dimensions),
    values: [
      ...[...sums].map(([category, value]) => ({ indicator: code, disaggregation: category, value })),
      ...cellValues.map((cell) => ({ indicator: code, disaggregation: cell.key, value: cell.value })),
    ],
  };
}
