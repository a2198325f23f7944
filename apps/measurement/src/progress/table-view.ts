import type { INDICATOR_AGGREGATIONS, ProgressDto } from '@samvirke/contracts';
import { suppressTable, type Relation, type Suppression, type TableCell } from './small-numbers.js';

type IndicatorProgress = ProgressDto['indicators'][number];
type Shown = IndicatorProgress['organisations'][number]['value'];
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

export interface OrganisationValue {
  readonly organisationId: string;
  readonly name: string;
  readonly value: number;
}

/** One indicator's approved figures in one period. */
export interface PeriodFigures {
  readonly aggregate: number | null;
  readonly values: readonly OrganisationValue[];
}

/** What of an indicator decides how its table is shown. */
export interface TableIndicator {
  readonly sensitive: boolean;
  readonly aggregation: IndicatorAggregation;
}

export interface Viewer {
  /** The caller's organisations: their own values are always shown to them. */
  readonly organisations: ReadonlySet<string>;
  readonly suppressBelow: number;
  readonly minContributors: number;
}

/** What one viewer may see of one indicator's table in one period. */
export interface TableView {
  readonly aggregate: number | '<5' | null;
  readonly aggregateSuppressed: boolean;
  /** Anything in the table is hidden from this viewer (a weighted mean over it must then hide too). */
  readonly anyHidden: boolean;
  readonly organisations: IndicatorProgress['organisations'];
}

const TOTAL = 'total';

/**
 * The table of one indicator in one period as this viewer may see it: small counts as "<5", and
 * whatever else would let them work one out hidden too (see small-numbers.ts). A weighted mean is
 * hidden whenever its weights' table hides anything from the viewer, since it and the visible
 * shares would solve for the hidden weight.
 */
export function tableView(
  indicator: TableIndicator,
  figures: PeriodFigures,
  viewer: Viewer,
  weights?: TableView,
): TableView {
  const onlyOwn =
    figures.values.length > 0 &&
    figures.values.every((value) => viewer.organisations.has(value.organisationId));
  const table: Table = { indicator, figures, viewer, onlyOwn };
  const cells = tableCells(table);
  const suppression = suppressTable({
    cells,
    relations: relations(indicator.aggregation, figures),
    threshold: viewer.suppressBelow,
    forced: forcedCells(table, cells, weights),
  });
  const aggregate = figures.aggregate === null ? null : shown(suppression, TOTAL, figures.aggregate);
  return {
    aggregate: aggregate === 'suppressed' ? null : aggregate,
    aggregateSuppressed: aggregate === 'suppressed',
    anyHidden: suppression.primary.size + suppression.complementary.size > 0,
    organisations: figures.values.map((value) => ({
      organisationId: value.organisationId,
      name: value.name,
      value: shown(suppression, value.organisationId, value.value),
    })),
  };
}

/** One indicator's table in one period before one viewer; `onlyOwn`: every value is the viewer's own. */
interface Table {
  readonly indicator: TableIndicator;
  readonly figures: PeriodFigures;
  readonly viewer: Viewer;
  readonly onlyOwn: boolean;
}

/** Each organisation's value, and the aggregate (known to a viewer whose values make up all of it). */
function tableCells({ indicator, figures, viewer, onlyOwn }: Table): TableCell[] {
  const cells: TableCell[] = figures.values.map((value) => ({
    id: value.organisationId,
    value: value.value,
    sensitive: indicator.sensitive,
    known: viewer.organisations.has(value.organisationId),
  }));
  if (figures.aggregate !== null)
    cells.push({
      id: TOTAL,
      value: figures.aggregate,
      sensitive: indicator.sensitive,
      known: onlyOwn,
      total: true,
    });
  return cells;
}

/**
 * Cells hidden by other rules than the small count itself: the whole table of a sensitive count
 * with too few contributors, and a weighted mean whose weights hide something.
 */
function forcedCells(
  { indicator, figures, viewer, onlyOwn }: Table,
  cells: readonly TableCell[],
  weights: TableView | undefined,
): string[] {
  const tooFew =
    indicator.sensitive &&
    !onlyOwn &&
    figures.values.length > 0 &&
    figures.values.length < viewer.minContributors;
  const weightsHidden = indicator.aggregation === 'weighted-mean' && (weights?.anyHidden ?? false);
  return [...(tooFew ? cells.map((cell) => cell.id) : []), ...(weightsHidden && !onlyOwn ? [TOTAL] : [])];
}

function shown(suppression: Suppression, id: string, value: number): Shown {
  if (suppression.primary.has(id)) return '<5';
  if (suppression.complementary.has(id)) return 'suppressed';
  return value;
}

/** How the aggregate is bound to the organisations' values. */
function relations(aggregation: IndicatorAggregation, figures: PeriodFigures): Relation[] {
  if (figures.aggregate === null || figures.values.length === 0) return [];
  const cells = (coefficient: number) =>
    figures.values.map((value) => ({ cell: value.organisationId, coefficient }));
  switch (aggregation) {
    case 'sum':
      return [{ terms: [{ cell: TOTAL, coefficient: 1 }, ...cells(-1)] }];
    case 'mean':
      return [{ terms: [{ cell: TOTAL, coefficient: figures.values.length }, ...cells(-1)] }];
    case 'latest': {
      // The aggregate is the newest approved value: it gives away every value equal to it.
      const aggregate = figures.aggregate;
      return figures.values
        .filter((value) => value.value === aggregate)
        .map((value) => ({
          terms: [
            { cell: TOTAL, coefficient: 1 },
            { cell: value.organisationId, coefficient: -1 },
          ],
        }));
    }
    case 'weighted-mean':
      // Bound to the weights' table, not to the shares: handled through `weights` in tableView.
      return [];
  }
}
