import type { INDICATOR_AGGREGATIONS, ProgressDto } from '@samvirke/contracts';
import { suppressTable, type Relation, type TableCell } from './small-numbers.js';

type IndicatorProgress = ProgressDto['indicators'][number];
type Shown = IndicatorProgress['organisations'][number]['value'];
type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

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

export interface IndicatorFigures {
  readonly indicatorId: string;
  readonly code: string;
  readonly nameDa: string;
  readonly nameEn: string;
  readonly unit: IndicatorProgress['unit'];
  readonly polarity: IndicatorProgress['polarity'];
  readonly sensitive: boolean;
  readonly aggregation: IndicatorAggregation;
  readonly denominatorId: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
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
  indicator: IndicatorFigures,
  figures: PeriodFigures,
  viewer: Viewer,
  weights?: TableView,
): TableView {
  const own = (id: string) => viewer.organisations.has(id);
  const onlyOwn = figures.values.length > 0 && figures.values.every((value) => own(value.organisationId));
  const cells: TableCell[] = figures.values.map((value) => ({
    id: value.organisationId,
    value: value.value,
    sensitive: indicator.sensitive,
    known: own(value.organisationId),
  }));
  if (figures.aggregate !== null)
    cells.push({
      id: TOTAL,
      value: figures.aggregate,
      sensitive: indicator.sensitive,
      known: onlyOwn,
      total: true,
    });
  const tooFew =
    indicator.sensitive &&
    !onlyOwn &&
    figures.values.length > 0 &&
    figures.values.length < viewer.minContributors;
  const weightsHidden = indicator.aggregation === 'weighted-mean' && (weights?.anyHidden ?? false);
  const { primary, complementary } = suppressTable({
    cells,
    relations: relations(indicator.aggregation, figures),
    threshold: viewer.suppressBelow,
    forced: [...(tooFew ? cells.map((cell) => cell.id) : []), ...(weightsHidden && !onlyOwn ? [TOTAL] : [])],
  });
  const shown = (id: string, value: number): Shown =>
    primary.has(id) ? '<5' : complementary.has(id) ? 'suppressed' : value;
  const aggregate = figures.aggregate === null ? null : shown(TOTAL, figures.aggregate);
  return {
    aggregate: aggregate === 'suppressed' ? null : aggregate,
    aggregateSuppressed: aggregate === 'suppressed',
    anyHidden: primary.size + complementary.size > 0,
    organisations: figures.values.map((value) => ({
      organisationId: value.organisationId,
      name: value.name,
      value: shown(value.organisationId, value.value),
    })),
  };
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

/** The indicator's line in the progress answer, from this period's view and the previous one's. */
export function indicatorProgress(
  indicator: IndicatorFigures,
  current: TableView,
  previous: TableView | null,
  contributors: number,
): IndicatorProgress {
  const comparable = typeof current.aggregate === 'number' ? current.aggregate : null;
  const previousAggregate = typeof previous?.aggregate === 'number' ? previous.aggregate : null;
  const { baseline, target } = indicator;
  return {
    code: indicator.code,
    nameDa: indicator.nameDa,
    nameEn: indicator.nameEn,
    unit: indicator.unit,
    polarity: indicator.polarity,
    sensitive: indicator.sensitive,
    aggregate: current.aggregate,
    aggregateSuppressed: current.aggregateSuppressed,
    contributors,
    baseline,
    target,
    attainmentPercent:
      comparable !== null && baseline !== null && target !== null && target !== baseline
        ? Math.round(((comparable - baseline) / (target - baseline)) * 1_000) / 10
        : null,
    previousAggregate,
    trend:
      comparable === null || previousAggregate === null
        ? null
        : comparable > previousAggregate
          ? 'up'
          : comparable < previousAggregate
            ? 'down'
            : 'flat',
    organisations: current.organisations,
  };
}
