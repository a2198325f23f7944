import { z } from 'zod';

/**
 * Category combinations (DHIS2's "category combos"): an indicator's values split by two or more of
 * its disaggregations at once, e.g. køn × aldersgruppe. A cell is named by its categories in the
 * combination's order, joined by "&": `koen=kvinde&aldersgruppe=aar-18-24`.
 */
export const CATEGORY_CELL_SEPARATOR = '&';

/** At most this many cells in one combination, so a reporting grid stays a grid. */
export const MAX_COMBINATION_CELLS = 400;

/** The code of a disaggregation, its values and combinations: `koen`, `aar-18-24`. */
export const categoryCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/, 'lowercase letters and digits, separated by . _ or -')
  .max(60);

/** A named list of `min` to `max` codes, each once: a disaggregation's values, a combination's dimensions. */
export function namedCodesSchema<K extends string>(
  key: K,
  count: { readonly min: number; readonly max: number },
  once: string,
) {
  const codes = z
    .array(categoryCodeSchema)
    .min(count.min)
    .max(count.max)
    .refine((values) => new Set(values).size === values.length, once);
  const shape = { code: categoryCodeSchema, name: z.string().trim().min(1).max(100) };
  return z.object({ ...shape, ...({ [key]: codes } as { [P in K]: typeof codes }) }).strict();
}

/** Codes of the indicator's disaggregations, each once; the first gives the rows of its table. */
export const categoryCombinationSchema = namedCodesSchema(
  'dimensions',
  { min: 2, max: 3 },
  'each disaggregation once',
);

export type CategoryCombination = z.infer<typeof categoryCombinationSchema>;

interface Dimension {
  readonly code: string;
  readonly values: readonly string[];
}

/** The category of each of the combination's dimensions, in its order, for every cell. */
export function combinationCells(
  combination: Pick<CategoryCombination, 'dimensions'>,
  disaggregations: readonly Dimension[],
): string[][] {
  const byCode = new Map(disaggregations.map((dimension) => [dimension.code, dimension]));
  return combination.dimensions.reduce<string[][]>(
    (cells, dimension) =>
      cells.flatMap((cell) =>
        (byCode.get(dimension)?.values ?? []).map((value) => [...cell, `${dimension}=${value}`]),
      ),
    [[]],
  );
}

/** The key a submission value carries for one cell: its categories joined in the combination's order. */
export function cellKey(categories: readonly string[]): string {
  return categories.join(CATEGORY_CELL_SEPARATOR);
}

/** The categories ("koen=kvinde") of a value's disaggregation key; one for a plain category. */
export function cellCategories(key: string): string[] {
  return key.split(CATEGORY_CELL_SEPARATOR);
}

/** Combinations name disaggregations the indicator has, each combination once, with a bounded grid. */
export function combinationIssues(
  combinations: readonly CategoryCombination[],
  disaggregations: readonly Dimension[],
): { index: number; field: 'code' | 'dimensions'; message: string }[] {
  const byCode = new Map(disaggregations.map((dimension) => [dimension.code, dimension]));
  const seen = new Set<string>();
  return combinations.flatMap((combination, index) => {
    const issues: { index: number; field: 'code' | 'dimensions'; message: string }[] = [];
    if (seen.has(combination.code)) issues.push({ index, field: 'code', message: 'each combination once' });
    seen.add(combination.code);
    const unknown = combination.dimensions.filter((dimension) => !byCode.has(dimension));
    if (unknown.length > 0)
      issues.push({ index, field: 'dimensions', message: `not a disaggregation: ${unknown.join(', ')}` });
    else if (combinationCells(combination, disaggregations).length > MAX_COMBINATION_CELLS)
      issues.push({ index, field: 'dimensions', message: `at most ${MAX_COMBINATION_CELLS} cells` });
    return issues;
  });
}
