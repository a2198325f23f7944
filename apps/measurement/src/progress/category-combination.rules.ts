import {
  cellKey,
  combinationCells,
  type CategoryCombination,
  type CombinationTableDto,
  type IndicatorDto,
  type ProgressDto,
} from '@samvirke/contracts';
import type { CategoryValue } from './disaggregation.rules.js';
import { isSmallCount, suppressTable, type Relation, type TableCell } from './small-numbers.js';
import type { Viewer } from './table-view.js';

/**
 * A category combination's cross table as one caller may see it. The cells, each category's sum
 * (a row or column) and the total form one table bound by sum relations, passed through the one
 * small-numbers rule (suppressTable). The caller's own organisation's part of every figure is known
 * to them, so the rule runs over the other organisations' part (the relations hold for it as well);
 * a figure the caller sees elsewhere (progress's aggregate, a shown category) counts as known.
 */
type IndicatorProgress = ProgressDto['indicators'][number];
type Value = CombinationTableDto['total'];

export interface CombinationSource {
  readonly progress: IndicatorProgress;
  readonly combination: CategoryCombination;
  readonly disaggregations: IndicatorDto['disaggregations'];
  /** The figures the caller is shown elsewhere: category → value, "" for the indicator's total. */
  readonly shown: ReadonlyMap<string, number>;
}

interface Figure {
  readonly id: string;
  readonly parts: readonly string[];
  sum: number;
  own: number;
  reported: boolean;
}

/** Each cell's sum over the organisations, and the caller's own part of it. */
function cellFigures(source: CombinationSource, values: readonly CategoryValue[], viewer: Viewer): Figure[] {
  const table: Figure[] = combinationCells(source.combination, source.disaggregations).map((categories) => ({
    id: cellKey(categories),
    parts: categories,
    sum: 0,
    own: 0,
    reported: false,
  }));
  const byKey = new Map(table.map((figure) => [figure.id, figure]));
  for (const value of values) {
    const cell = byKey.get(value.disaggregation);
    if (value.indicatorCode !== source.progress.code || !cell) continue;
    cell.sum += value.value;
    if (viewer.organisations.has(value.organisationId)) cell.own += value.value;
    cell.reported = true;
  }
  return table;
}

/** The table's figures: the cells, then the total ("") and each category's sum, dimension by dimension. */
function figures(source: CombinationSource, values: readonly CategoryValue[], viewer: Viewer): Figure[] {
  const table = cellFigures(source, values, viewer);
  const categories = [
    '',
    ...source.combination.dimensions.flatMap((code) =>
      (source.disaggregations.find((dimension) => dimension.code === code)?.values ?? []).map(
        (value) => `${code}=${value}`,
      ),
    ),
  ];
  const margins = categories.map((category): Figure => {
    const parts = table.filter((cell) => category === '' || cell.parts.includes(category));
    return {
      id: category,
      parts: [],
      sum: parts.reduce((sum, cell) => sum + cell.sum, 0),
      own: parts.reduce((sum, cell) => sum + cell.own, 0),
      reported: parts.some((cell) => cell.reported),
    };
  });
  return [...table, ...margins];
}

/** Whether the whole table is held back, as a sensitive dimension is (disaggregation.rules.ts). */
function wholeHidden(source: CombinationSource, contributors: Set<string>, viewer: Viewer): boolean {
  if (!source.progress.sensitive) return false;
  const others = [...contributors].filter((id) => !viewer.organisations.has(id));
  if (others.length === 0) return false;
  return (
    progressHidesAnything(source.progress) || others.length < 2 || contributors.size < viewer.minContributors
  );
}

/** What the rule hides of the others' part of the table: "<5" or "suppressed" by figure id. */
function hiddenFigures(
  table: readonly Figure[],
  source: CombinationSource,
  viewer: Viewer,
): Map<string, Value> {
  const cells = table.filter((figure) => figure.parts.length > 0);
  const tableCells: TableCell[] = table.map((figure) => ({
    id: figure.id,
    value: figure.sum - figure.own,
    sensitive: true,
    known: source.shown.get(figure.id) === figure.sum,
    total: figure.parts.length === 0,
  }));
  const relations: Relation[] = table
    .filter((figure) => figure.parts.length === 0)
    .map((margin) => ({
      terms: [
        { cell: margin.id, coefficient: 1 },
        ...cells
          .filter((cell) => margin.id === '' || cell.parts.includes(margin.id))
          .map((cell) => ({ cell: cell.id, coefficient: -1 })),
      ],
    }));
  const { primary, complementary } = suppressTable({
    cells: tableCells,
    relations,
    threshold: viewer.suppressBelow,
  });
  return new Map<string, Value>([
    ...[...primary].map((id): [string, Value] => [id, '<5']),
    ...[...complementary].map((id): [string, Value] => [id, 'suppressed']),
  ]);
}

function dimensionsOf(source: CombinationSource): CombinationTableDto['dimensions'] {
  const byCode = new Map(source.disaggregations.map((dimension) => [dimension.code, dimension]));
  return source.combination.dimensions.map((code) => ({
    code,
    name: byCode.get(code)?.name ?? code,
    categories: byCode.get(code)?.values ?? [],
  }));
}

/** The cross table as this caller may see it (the module's comment says how). */
export function combinationView(
  source: CombinationSource,
  values: readonly CategoryValue[],
  viewer: Viewer,
): CombinationTableDto {
  const table = figures(source, values, viewer);
  const keys = new Set(table.filter((figure) => figure.parts.length > 0).map((figure) => figure.id));
  const contributors = new Set(
    values
      .filter((value) => value.indicatorCode === source.progress.code && keys.has(value.disaggregation))
      .map((value) => value.organisationId),
  );
  const suppressed = wholeHidden(source, contributors, viewer);
  const others = [...contributors].some((id) => !viewer.organisations.has(id));
  const hidden =
    source.progress.sensitive && others && !suppressed
      ? hiddenFigures(table, source, viewer)
      : new Map<string, Value>();
  const shown = (figure: Figure): Value => {
    if (suppressed || !figure.reported) return null;
    const rule = hidden.get(figure.id);
    // The others' part is small but the figure with the caller's own is not: "<5" would misread.
    if (rule === '<5' && !isSmallCount(figure.sum, viewer.suppressBelow)) return 'suppressed';
    return rule ?? figure.sum;
  };
  return {
    code: source.combination.code,
    name: source.combination.name,
    dimensions: dimensionsOf(source),
    contributors: contributors.size,
    suppressed,
    cells: table
      .filter((figure) => figure.parts.length > 0)
      .map((figure) => ({ categories: [...figure.parts], value: shown(figure) })),
    margins: table
      .filter((figure) => figure.parts.length === 0 && figure.id !== '')
      .map((figure) => ({ category: figure.id, value: shown(figure) })),
    total: shown(table.find((figure) => figure.id === '')!),
  };
}

/** Anything of the indicator's own table hidden from the caller (a folded row's units included, when listed). */
export function progressHidesAnything(indicator: ProgressDto['indicators'][number]): boolean {
  return (
    indicator.aggregateSuppressed ||
    typeof indicator.aggregate !== 'number' ||
    indicator.organisations.some(
      (organisation) =>
        typeof organisation.value !== 'number' ||
        (organisation.units ?? []).some((unit) => typeof unit.value !== 'number'),
    )
  );
}
