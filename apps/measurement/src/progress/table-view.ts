import type { INDICATOR_AGGREGATIONS, ProgressDto } from '@samvirke/contracts';
import { foldRows, type FoldedRow } from './fold.rules.js';
import { group, groupRelations, org, TOTAL } from './groups.rules.js';
import { suppressTable, type Suppression, type TableCell } from './small-numbers.js';

type IndicatorProgress = ProgressDto['indicators'][number];
type Shown = IndicatorProgress['organisations'][number]['value'];
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

export interface OrganisationValue {
  readonly organisationId: string;
  readonly name: string;
  readonly value: number;
  /** A sub-unit's: the organisation at the top of its tree (whose row it folds into) and its parent. */
  readonly unitOf?: { readonly topId: string; readonly topName: string; readonly parentId: string };
  /** When its version was approved (the newest wins for "latest"). */
  readonly decidedAt?: number;
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
  /** One row per top organisation, a sub-unit's values folded in, each with its units when it has any. */
  readonly organisations: IndicatorProgress['organisations'];
  /** Every value in the table (a sub-unit's too) as this viewer sees it, by organisation. */
  readonly values: ReadonlyMap<string, Shown>;
}

/**
 * The table of one indicator in one period as this viewer may see it: small counts as "<5", and
 * whatever else would let them work one out hidden too (see small-numbers.ts). A sub-unit's values
 * fold into its municipality's row (fold.rules.ts) before anything is hidden: one suppression runs
 * over the values, the folded rows and the total, so the folded view and the expanded one (the
 * units under their row) can be read side by side without giving a small count away. A weighted
 * mean is hidden whenever its weights' table hides anything from the viewer, since it and the
 * visible shares would solve for the hidden weight; `weightValues` are the weights by organisation.
 */
export function tableView(
  indicator: TableIndicator,
  figures: PeriodFigures,
  viewer: Viewer,
  weights?: TableView,
  weightValues: ReadonlyMap<string, number> = new Map(),
): TableView {
  const onlyOwn =
    figures.values.length > 0 &&
    figures.values.every((value) => viewer.organisations.has(value.organisationId));
  const rows = foldRows(indicator.aggregation, figures.values, weightValues);
  const folded = rows.filter((row) => !row.own);
  const table: Table = { indicator, figures, viewer, onlyOwn, folded };
  const cells = tableCells(table);
  const suppression = suppressTable({
    cells,
    relations: groupRelations(indicator.aggregation, figures, figures.values, folded),
    threshold: viewer.suppressBelow,
    forced: forcedCells(table, cells, weights),
  });
  const aggregate = figures.aggregate === null ? null : shown(suppression, TOTAL, figures.aggregate);
  const values = new Map(
    figures.values.map((value) => [
      value.organisationId,
      shown(suppression, org(value.organisationId), value.value),
    ]),
  );
  return {
    aggregate: aggregate === 'suppressed' ? null : aggregate,
    aggregateSuppressed: aggregate === 'suppressed',
    anyHidden: suppression.primary.size + suppression.complementary.size > 0,
    organisations: rows.map((row) => rowShown(row, suppression, values)),
    values,
  };
}

function rowShown(
  row: FoldedRow,
  suppression: Suppression,
  values: ReadonlyMap<string, Shown>,
): IndicatorProgress['organisations'][number] {
  if (row.own) return { organisationId: row.key, name: row.name, value: values.get(row.key) ?? 'suppressed' };
  return {
    organisationId: row.key,
    name: row.name,
    value: row.value === null ? 'suppressed' : shown(suppression, group(row.key), row.value),
    units: row.members.map((unit) => ({
      organisationId: unit.organisationId,
      name: unit.name,
      parentOrganisationId: unit.unitOf?.parentId ?? row.key,
      value: values.get(unit.organisationId) ?? 'suppressed',
    })),
  };
}

/** One indicator's table in one period before one viewer; `onlyOwn`: every value is the viewer's own. */
interface Table {
  readonly indicator: TableIndicator;
  readonly figures: PeriodFigures;
  readonly viewer: Viewer;
  readonly onlyOwn: boolean;
  /** The rows folded from sub-units' values. */
  readonly folded: readonly FoldedRow[];
}

/** Each organisation's value, the folded rows and the aggregate (known to a viewer whose values make it up). */
function tableCells({ indicator, figures, viewer, onlyOwn, folded }: Table): TableCell[] {
  const { sensitive } = indicator;
  const cells: TableCell[] = figures.values.map((value) => ({
    id: org(value.organisationId),
    value: value.value,
    sensitive,
    known: viewer.organisations.has(value.organisationId),
  }));
  for (const row of folded)
    if (row.value !== null)
      cells.push({
        id: group(row.key),
        value: row.value,
        sensitive,
        known: row.members.every((value) => viewer.organisations.has(value.organisationId)),
        total: true,
      });
  if (figures.aggregate !== null)
    cells.push({ id: TOTAL, value: figures.aggregate, sensitive, known: onlyOwn, total: true });
  return cells;
}

/**
 * Cells hidden by other rules than the small count itself: the whole table of a sensitive count
 * with too few contributors, and a weighted mean (total and folded rows) whose weights hide something.
 */
function forcedCells(
  { indicator, figures, viewer, onlyOwn, folded }: Table,
  cells: readonly TableCell[],
  weights: TableView | undefined,
): string[] {
  const tooFew =
    indicator.sensitive &&
    !onlyOwn &&
    figures.values.length > 0 &&
    figures.values.length < viewer.minContributors;
  const weightsHidden = indicator.aggregation === 'weighted-mean' && (weights?.anyHidden ?? false);
  const means = weightsHidden && !onlyOwn ? [TOTAL, ...folded.map((row) => group(row.key))] : [];
  return [...(tooFew ? cells.map((cell) => cell.id) : []), ...means];
}

function shown(suppression: Suppression, id: string, value: number): Shown {
  if (suppression.primary.has(id)) return '<5';
  if (suppression.complementary.has(id)) return 'suppressed';
  return value;
}
