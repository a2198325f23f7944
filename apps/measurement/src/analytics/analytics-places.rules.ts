import type { AnalyticsDimension, AnalyticsRowDto, HierarchyView } from '@samvirke/contracts';
import type { PeriodFigures, TableView, Viewer } from '../progress/table-view.js';
import { groupView, type GroupedValue } from './analytics-groups.rules.js';
import type { AnalyticsIndicator } from './analytics.store.js';

/** An approved value with the region of its organisation. */
export type PlacedValue = GroupedValue & { readonly regionCode: string | null };

/** What the caller asked the rows to be split by and filtered to. */
export interface RowChoice {
  readonly by: readonly AnalyticsDimension[];
  /** Only these organisations' or regions' rows (null: all). */
  readonly organisations: ReadonlySet<string> | null;
  readonly regions: ReadonlySet<string> | null;
  /** With by=organisation, `expanded` adds each sub-unit's row after its municipality's. */
  readonly hierarchy?: HierarchyView;
}

/** One indicator's table in one period, with the progress views it is read beside. */
export interface IndicatorPeriod {
  readonly indicator: AnalyticsIndicator;
  readonly period: string;
  readonly table: PeriodFigures;
  readonly values: readonly PlacedValue[];
  readonly progress: TableView;
  readonly weightsView: TableView | undefined;
  readonly weights: ReadonlyMap<string, number>;
}

/** A row before its categories: where it is, its figure as shown, and whose values make it. */
export interface PlacedRow {
  readonly organisationId: string | null;
  readonly organisationName: string | null;
  /** A sub-unit's row: the organisation directly above it. */
  readonly parentOrganisationId?: string;
  readonly regionCode: string | null;
  readonly value: AnalyticsRowDto['value'];
  readonly organisations: readonly string[];
}

export interface Placed {
  readonly rows: readonly PlacedRow[];
  /** Rows are groups of organisations (regions, or a filtered subset) rather than all or each. */
  readonly grouped: boolean;
  /** Every group's figure (the rows left out by a filter too) is shown. */
  readonly everyGroupShown: boolean;
}

const SELECTED = 'selected';
const REST = 'rest';

export function filtered(choice: RowChoice): boolean {
  return choice.organisations !== null || choice.regions !== null;
}

function chosen(choice: RowChoice, value: { organisationId: string; regionCode: string | null }): boolean {
  return (
    (choice.organisations?.has(value.organisationId) ?? true) &&
    (choice.regions === null || (value.regionCode !== null && choice.regions.has(value.regionCode)))
  );
}

/**
 * The rows of one table: each organisation exactly as progress shows it, regions or the chosen
 * organisations as groups (analytics-groups.rules.ts), or the total exactly as progress shows it.
 */
export function placedRows(choice: RowChoice, cell: IndicatorPeriod, viewer: Viewer): Placed {
  if (choice.by.includes('organisation'))
    return { rows: organisationRows(choice, cell), grouped: false, everyGroupShown: true };
  if (choice.by.includes('region') || filtered(choice)) return groupRows(choice, cell, viewer);
  const { progress, values } = cell;
  const total: PlacedRow = {
    organisationId: null,
    organisationName: null,
    regionCode: null,
    value: progress.aggregateSuppressed ? 'suppressed' : progress.aggregate,
    organisations: values.map((value) => value.organisationId),
  };
  return { rows: [total], grouped: false, everyGroupShown: true };
}

/**
 * Each organisation's row exactly as progress shows it: a sub-unit's values folded into its
 * municipality's row, and with `hierarchy=expanded` the units' own rows after it.
 */
function organisationRows(choice: RowChoice, { progress, values }: IndicatorPeriod): PlacedRow[] {
  const regionOf = new Map(values.map((value) => [value.organisationId, value.regionCode]));
  const region = (id: string | undefined) => (id === undefined ? null : (regionOf.get(id) ?? null));
  return progress.organisations.flatMap((organisation) => {
    const members = organisation.units?.map((unit) => unit.organisationId) ?? [organisation.organisationId];
    const row: PlacedRow = {
      organisationId: organisation.organisationId,
      organisationName: organisation.name,
      regionCode: region(members[0]),
      value: organisation.value,
      organisations: members,
    };
    const units = (choice.hierarchy === 'expanded' ? (organisation.units ?? []) : []).map(
      (unit): PlacedRow => ({
        organisationId: unit.organisationId,
        organisationName: unit.name,
        parentOrganisationId: unit.parentOrganisationId,
        regionCode: region(unit.organisationId),
        value: unit.value,
        organisations: [unit.organisationId],
      }),
    );
    return [row, ...units].filter((placed) =>
      chosen(choice, { organisationId: placed.organisationId ?? '', regionCode: placed.regionCode }),
    );
  });
}

function groupRows(choice: RowChoice, cell: IndicatorPeriod, viewer: Viewer): Placed {
  const byRegion = choice.by.includes('region');
  const groups = new Map<string, string[]>();
  for (const value of cell.values) {
    const key = byRegion ? (value.regionCode ?? '') : chosen(choice, value) ? SELECTED : REST;
    const members = groups.get(key) ?? [];
    members.push(value.organisationId);
    groups.set(key, members);
  }
  const { indicator, table, values, weights, progress, weightsView } = cell;
  const figures = groupView(indicator, table, values, groups, weights, viewer, progress, weightsView);
  const wanted = (key: string, organisations: readonly string[]) =>
    byRegion
      ? (choice.regions === null || choice.regions.has(key)) &&
        (choice.organisations === null || organisations.some((id) => choice.organisations?.has(id)))
      : key === SELECTED;
  return {
    grouped: true,
    everyGroupShown: figures.every((figure) => figure.shown === null || typeof figure.shown === 'number'),
    rows: figures
      .filter((figure) => wanted(figure.key, figure.organisations))
      .map((figure) => ({
        organisationId: null,
        organisationName: null,
        regionCode: byRegion && figure.key !== '' ? figure.key : null,
        value: figure.shown,
        organisations: figure.organisations,
      })),
  };
}
