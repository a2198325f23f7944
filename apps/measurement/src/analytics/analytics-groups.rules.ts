import { suppressTable, type Relation, type TableCell } from '../progress/small-numbers.js';
import type { IndicatorFigures } from '../progress/progress.rules.js';
import type { OrganisationValue, PeriodFigures, TableView, Viewer } from '../progress/table-view.js';

type Shown = number | '<5' | 'suppressed';

/** An organisation's approved value with what grouping needs beside it. */
export interface GroupedValue extends OrganisationValue {
  /** When its version was approved (the newest wins for "latest"). */
  readonly decidedAt: number;
}

export interface GroupFigure {
  readonly key: string;
  readonly organisations: readonly string[];
  readonly value: number | null;
  readonly shown: Shown | null;
}

const TOTAL = 'total';
const org = (id: string) => `o:${id}`;
const group = (key: string) => `g:${key}`;

/** The group's aggregate as the indicator aggregates (weights: the denominator's values). */
export function groupAggregate(
  aggregation: IndicatorFigures['aggregation'],
  values: readonly GroupedValue[],
  weights: ReadonlyMap<string, number>,
): number | null {
  if (values.length === 0) return null;
  switch (aggregation) {
    case 'sum':
      return values.reduce((sum, value) => sum + value.value, 0);
    case 'mean':
      return values.reduce((sum, value) => sum + value.value, 0) / values.length;
    case 'weighted-mean': {
      const weighted = values.filter((value) => weights.has(value.organisationId));
      const total = weighted.reduce((sum, value) => sum + (weights.get(value.organisationId) ?? 0), 0);
      if (total === 0) return null;
      return (
        weighted.reduce((sum, value) => sum + value.value * (weights.get(value.organisationId) ?? 0), 0) /
        total
      );
    }
    case 'latest':
      return [...values].sort((a, b) => b.decidedAt - a.decidedAt)[0]?.value ?? null;
  }
}

/**
 * Groups of organisations (regions, or the organisations a filter chose and the rest) in one
 * indicator's table in one period, as this viewer may see them. The progress read's suppression
 * (small-numbers.ts) decides it, over one table holding the organisations' cells, the groups' and
 * the total: what progress shows this viewer counts as known to them (they can read it there), what
 * progress hides stays hidden and must not follow from a group, and a group of a sensitive count
 * with fewer organisations than the programme's minimum is held back as progress holds back such a
 * total.
 */
export function groupView(
  indicator: Pick<IndicatorFigures, 'sensitive' | 'aggregation'>,
  figures: PeriodFigures,
  values: readonly GroupedValue[],
  groups: ReadonlyMap<string, readonly string[]>,
  weights: ReadonlyMap<string, number>,
  viewer: Viewer,
  progress: TableView,
  weightsView: TableView | undefined,
): GroupFigure[] {
  const byOrganisation = new Map(values.map((value) => [value.organisationId, value]));
  const shownInProgress = new Map(
    progress.organisations.map((organisation) => [organisation.organisationId, organisation.value]),
  );
  const figuresOf = [...groups].map(([key, members]) => {
    const memberValues = members.flatMap((id) => byOrganisation.get(id) ?? []);
    return {
      key,
      members: memberValues,
      value: groupAggregate(indicator.aggregation, memberValues, weights),
      own:
        memberValues.length > 0 &&
        memberValues.every((value) => viewer.organisations.has(value.organisationId)),
    };
  });
  const cells: TableCell[] = [
    ...values.map((value) => ({
      id: org(value.organisationId),
      value: value.value,
      sensitive: indicator.sensitive,
      known:
        viewer.organisations.has(value.organisationId) ||
        typeof shownInProgress.get(value.organisationId) === 'number',
    })),
    ...figuresOf
      .filter((figure) => figure.value !== null)
      .map((figure) => ({
        id: group(figure.key),
        value: figure.value ?? 0,
        sensitive: indicator.sensitive,
        known: figure.own,
        total: true,
      })),
  ];
  if (figures.aggregate !== null)
    cells.push({
      id: TOTAL,
      value: figures.aggregate,
      sensitive: indicator.sensitive,
      known: typeof progress.aggregate === 'number',
      total: true,
    });
  const suppression = suppressTable({
    cells,
    relations: groupRelations(indicator.aggregation, figures, values, figuresOf),
    threshold: viewer.suppressBelow,
    forced: [
      ...values
        .filter((value) => !viewer.organisations.has(value.organisationId))
        .filter((value) => typeof shownInProgress.get(value.organisationId) !== 'number')
        .map((value) => org(value.organisationId)),
      ...(progress.aggregateSuppressed || progress.aggregate === '<5' ? [TOTAL] : []),
      ...figuresOf
        .filter((figure) => !figure.own && figure.value !== null)
        .filter(
          (figure) =>
            (indicator.sensitive && figure.members.length < viewer.minContributors) ||
            (indicator.aggregation === 'weighted-mean' && (weightsView?.anyHidden ?? false)),
        )
        .map((figure) => group(figure.key)),
    ],
  });
  return figuresOf.map((figure) => ({
    key: figure.key,
    organisations: figure.members.map((value) => value.organisationId),
    value: figure.value,
    shown:
      figure.value === null
        ? null
        : suppression.primary.has(group(figure.key))
          ? '<5'
          : suppression.complementary.has(group(figure.key))
            ? 'suppressed'
            : figure.value,
  }));
}

/** How the groups and the total are bound to the organisations' values. */
function groupRelations(
  aggregation: IndicatorFigures['aggregation'],
  figures: PeriodFigures,
  values: readonly GroupedValue[],
  groups: readonly { key: string; members: readonly GroupedValue[]; value: number | null }[],
): Relation[] {
  const sums = (whole: string, parts: readonly GroupedValue[], mean: boolean): Relation => ({
    terms: [
      { cell: whole, coefficient: mean ? parts.length : 1 },
      ...parts.map((value) => ({ cell: org(value.organisationId), coefficient: -1 })),
    ],
  });
  const withGroups = groups.filter((figure) => figure.value !== null && figure.members.length > 0);
  switch (aggregation) {
    case 'sum':
    case 'mean': {
      const mean = aggregation === 'mean';
      return [
        ...(figures.aggregate !== null && values.length ? [sums(TOTAL, values, mean)] : []),
        ...withGroups.map((figure) => sums(group(figure.key), figure.members, mean)),
      ];
    }
    case 'latest': {
      // The newest value gives away every value equal to it, for the total as for a group.
      const equal = (whole: string, wholeValue: number | null, parts: readonly GroupedValue[]) =>
        parts
          .filter((value) => value.value === wholeValue)
          .map((value) => ({
            terms: [
              { cell: whole, coefficient: 1 },
              { cell: org(value.organisationId), coefficient: -1 },
            ],
          }));
      return [
        ...equal(TOTAL, figures.aggregate, values),
        ...withGroups.flatMap((figure) => equal(group(figure.key), figure.value, figure.members)),
      ];
    }
    case 'weighted-mean':
      // Bound to the weights' table: held back with it (forced), as progress does.
      return [];
  }
}
