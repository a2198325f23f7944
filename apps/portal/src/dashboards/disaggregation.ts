import type { DisaggregatedProgressDto } from '@samvirke/contracts';
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
    rows: answer.indicators.flatMap((indicator) =>
      indicator.dimensions.flatMap((dimension) =>
        dimension.categories.map((category): Cell[] => [
          answer.period,
          t(indicator.nameDa, indicator.nameEn),
          dimension.name,
          category.code,
          categoryCell(dimension, category.value, t),
        ]),
      ),
    ),
  };
}
