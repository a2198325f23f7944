import type { CombinationTableDto, DisaggregatedProgressDto } from '@samvirke/contracts';
import type { Cell, ExportTable } from '../exports/export-table.js';
import { suppressedWord } from '../exports/progress-export.js';

type Translate = (da: string, en: string) => string;
type Dimension = DisaggregatedProgressDto['indicators'][number]['dimensions'][number];

/** A category's figure as shown and downloaded: the sum, "undertrykt" when held back, empty when nobody reported it. */
export function categoryCell(dimension: Dimension, value: number | null, t: Translate): Cell {
  return dimension.suppressed ? suppressedWord(t) : value;
}

/** Every category of every dimension of every indicator in the period, as the API showed them. */
export function disaggregationTable(answer: DisaggregatedProgressDto, t: Translate): ExportTable {
  return {
    columns: [
      t('Periode', 'Period'),
      t('Indikator', 'Indicator'),
      t('Opdeling', 'Breakdown'),
      t('Kategori', 'Category'),
      t('Værdi', 'Value'),
    ],
    rows: answer.indicators.flatMap((indicator) => [
      ...indicator.dimensions.flatMap((dimension) =>
        dimension.categories.map((category): Cell[] => [
          answer.period,
          t(indicator.nameDa, indicator.nameEn),
          dimension.name,
          category.code,
          categoryCell(dimension, category.value, t),
        ]),
      ),
      ...(indicator.combinations ?? []).flatMap((table) =>
        table.cells.map((cell): Cell[] => [
          answer.period,
          t(indicator.nameDa, indicator.nameEn),
          table.name,
          cell.categories.map((category) => category.split('=')[1]).join(' × '),
          crossValue(table, cell.value, t),
        ]),
      ),
    ]),
  };
}

type CrossValue = CombinationTableDto['total'];

/** A cross table's figure: the sum, "<5", "undertrykt" when held back, empty when nobody reported it. */
export function crossValue(table: CombinationTableDto, value: CrossValue, t: Translate): Cell {
  if (table.suppressed || value === 'suppressed') return suppressedWord(t);
  return value;
}

/** The cross table's rows (the first disaggregation's categories), columns (the others') and sums. */
export function crossRows(table: CombinationTableDto) {
  const [first] = table.dimensions;
  const down = first?.categories ?? [];
  const label = (categories: readonly string[]) =>
    categories.map((category) => category.split('=')[1]).join(', ');
  const across = table.cells.filter((cell) => cell.categories[0] === `${first?.code}=${down[0]}`);
  const columns = across.map((cell) => label(cell.categories.slice(1)));
  const margin = (category: string) =>
    table.margins.find((entry) => entry.category === category)?.value ?? null;
  return {
    columns,
    rows: down.map((category) => ({
      category,
      cells: table.cells
        .filter((cell) => cell.categories[0] === `${first?.code}=${category}`)
        .map((cell) => cell.value),
      total: margin(`${first?.code}=${category}`),
    })),
    // For two disaggregations a column is one category; for more its sum is not a margin of the API.
    columnTotals: across.map((cell) =>
      cell.categories.length === 2 ? margin(cell.categories[1] ?? '') : null,
    ),
  };
}
