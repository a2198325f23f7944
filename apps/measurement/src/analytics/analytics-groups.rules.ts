import { suppressTable, type Suppression, type TableCell } from '../progress/small-numbers.js';
import {
  group,
  groupAggregate,
  groupRelations,
  org,
  TOTAL,
  type ValueGroup,
} from '../progress/groups.rules.js';
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
  const members = groupsOf(indicator.aggregation, values, groups, weights, viewer);
  // The rows progress folded from sub-units bind their units too: known where progress shows them.
  const folds = foldsOf(indicator.aggregation, values, weights, viewer, progress);
  const context: GroupTable = {
    indicator,
    figures,
    values,
    viewer,
    progress,
    weightsView,
    groups: [...members, ...folds],
    // Every value as progress shows it (a sub-unit's as the expanded view does).
    shownInProgress: progress.values,
  };
  const suppression = suppressTable({
    cells: groupCells(context),
    relations: groupRelations(indicator.aggregation, figures, values, context.groups),
    threshold: viewer.suppressBelow,
    forced: forcedCells(context),
  });
  return members.map((figure) => ({
    key: figure.key,
    organisations: figure.members.map((value) => value.organisationId),
    value: figure.value,
    shown: shownOf(suppression, figure),
  }));
}

function shownOf(suppression: Suppression, figure: Group): GroupFigure['shown'] {
  if (figure.value === null) return null;
  if (suppression.primary.has(group(figure.key))) return '<5';
  return suppression.complementary.has(group(figure.key)) ? 'suppressed' : figure.value;
}

export interface Group extends ValueGroup {
  readonly members: readonly GroupedValue[];
  /** Every organisation in it is the caller's own. */
  readonly own: boolean;
}

interface GroupTable {
  readonly indicator: Pick<IndicatorFigures, 'sensitive' | 'aggregation'>;
  readonly figures: PeriodFigures;
  readonly values: readonly GroupedValue[];
  readonly viewer: Viewer;
  readonly progress: TableView;
  readonly weightsView: TableView | undefined;
  readonly groups: readonly Group[];
  readonly shownInProgress: ReadonlyMap<string, Shown>;
}

function groupsOf(
  aggregation: IndicatorFigures['aggregation'],
  values: readonly GroupedValue[],
  groups: ReadonlyMap<string, readonly string[]>,
  weights: ReadonlyMap<string, number>,
  viewer: Viewer,
): Group[] {
  const byOrganisation = new Map(values.map((value) => [value.organisationId, value]));
  return [...groups].map(([key, ids]) => {
    const members = ids.flatMap((id) => byOrganisation.get(id) ?? []);
    return {
      key,
      members,
      value: groupAggregate(aggregation, members, weights),
      own: members.length > 0 && members.every((value) => viewer.organisations.has(value.organisationId)),
    };
  });
}

/**
 * A municipality's row folded from its units' values, as progress shows it (fold.rules.ts): "own"
 * (known to the viewer) where progress shows it, held back with the groups where it does not.
 */
function foldsOf(
  aggregation: IndicatorFigures['aggregation'],
  values: readonly GroupedValue[],
  weights: ReadonlyMap<string, number>,
  viewer: Viewer,
  progress: TableView,
): Group[] {
  const byOrganisation = new Map(values.map((value) => [value.organisationId, value]));
  return progress.organisations.flatMap((row) => {
    const members = (row.units ?? []).flatMap((unit) => byOrganisation.get(unit.organisationId) ?? []);
    if (members.length === 0) return [];
    const own =
      typeof row.value === 'number' ||
      members.every((value) => viewer.organisations.has(value.organisationId));
    const value = groupAggregate(aggregation, members, weights);
    return [{ key: `fold:${row.organisationId}`, members, value, own }];
  });
}

/** The organisations' cells (known where progress shows them), the groups' and the total. */
function groupCells({
  indicator,
  figures,
  values,
  viewer,
  progress,
  groups,
  shownInProgress,
}: GroupTable): TableCell[] {
  const { sensitive } = indicator;
  const cells: TableCell[] = [
    ...values.map((value) => ({
      id: org(value.organisationId),
      value: value.value,
      sensitive,
      known:
        viewer.organisations.has(value.organisationId) ||
        typeof shownInProgress.get(value.organisationId) === 'number',
    })),
    ...groups.flatMap((figure) =>
      figure.value === null
        ? []
        : [{ id: group(figure.key), value: figure.value, sensitive, known: figure.own, total: true }],
    ),
  ];
  if (figures.aggregate !== null)
    cells.push({
      id: TOTAL,
      value: figures.aggregate,
      sensitive,
      known: typeof progress.aggregate === 'number',
      total: true,
    });
  return cells;
}

/** What progress hides, and the groups held back as progress holds back a total (too few, weights hidden). */
function forcedCells({
  indicator,
  values,
  viewer,
  progress,
  weightsView,
  groups,
  shownInProgress,
}: GroupTable): string[] {
  const hiddenInProgress = values.filter(
    (value) =>
      !viewer.organisations.has(value.organisationId) &&
      typeof shownInProgress.get(value.organisationId) !== 'number',
  );
  const heldBack = groups.filter(
    (figure) =>
      !figure.own &&
      figure.value !== null &&
      ((indicator.sensitive && figure.members.length < viewer.minContributors) ||
        (indicator.aggregation === 'weighted-mean' && (weightsView?.anyHidden ?? false))),
  );
  return [
    ...hiddenInProgress.map((value) => org(value.organisationId)),
    ...(progress.aggregateSuppressed || progress.aggregate === '<5' ? [TOTAL] : []),
    ...heldBack.map((figure) => group(figure.key)),
  ];
}
