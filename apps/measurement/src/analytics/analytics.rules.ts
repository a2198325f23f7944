import {
  DK_REGIONS,
  type AnalyticsDimension,
  type AnalyticsDto,
  type AnalyticsRowDto,
} from '@samvirke/contracts';
import { dimensionView, type CategoryValue } from '../progress/disaggregation.rules.js';
import { indicatorProgress, tableKey, viewsFor, type ProgressFigures } from '../progress/progress.rules.js';
import type { PeriodFigures, TableView, Viewer } from '../progress/table-view.js';
import { groupView, type GroupedValue } from './analytics-groups.rules.js';
import type { AnalyticsIndicator } from './analytics.store.js';

type Shown = AnalyticsRowDto['value'];
type Dimension = AnalyticsIndicator['disaggregations'][number];

/** Everything one analytics answer is made of, before the caller's view is applied. */
export interface AnalyticsInput {
  readonly programmeId: string;
  readonly by: readonly AnalyticsDimension[];
  readonly indicators: readonly AnalyticsIndicator[];
  readonly tables: ReadonlyMap<string, PeriodFigures>;
  /** Every approved value by tableKey, with its region and approval time. */
  readonly values: ReadonlyMap<string, readonly (GroupedValue & { regionCode: string | null })[]>;
  readonly categories: readonly (CategoryValue & { period: string })[];
  readonly periods: readonly string[];
  /** Only these organisations' or regions' rows (null: all). */
  readonly organisations: ReadonlySet<string> | null;
  readonly regions: ReadonlySet<string> | null;
}

/** A row's place: which organisations it covers and how it is labelled. */
interface Place {
  readonly key: string;
  readonly organisationId: string | null;
  readonly organisationName: string | null;
  readonly regionCode: string | null;
}

const SELECTED = 'selected';
const REST = 'rest';

/**
 * The analytics answer for one caller: for each indicator and period, the row(s) the dimensions ask
 * for. Organisations' values and the total are exactly what progress shows this caller; regions and
 * a filtered subset are groups decided by the same suppression (analytics-groups.rules.ts); the
 * categories of a disaggregation pass progress's dimension rule for each group, and a sensitive
 * count's categories are shown for every group or for none, so that no group's can be worked out
 * from the others and the programme-wide ones.
 */
export function analyticsAnswer(input: AnalyticsInput, viewer: Viewer): AnalyticsDto {
  const tracked = input.indicators.filter((indicator) => indicator.tracked);
  const figures: ProgressFigures = {
    indicators: tracked,
    denominators: input.indicators.filter((indicator) => !indicator.tracked),
    tables: input.tables,
    contributors: new Map(),
  };
  const views = viewsFor(figures, viewer);
  const categoriesByTable = new Map<string, (CategoryValue & { period: string })[]>();
  for (const category of input.categories) {
    const key = `${category.period}/${category.indicatorCode}`;
    const found = categoriesByTable.get(key) ?? [];
    found.push(category);
    categoriesByTable.set(key, found);
  }
  const byId = new Map(input.indicators.map((indicator) => [indicator.indicatorId, indicator]));
  const rows: AnalyticsRowDto[] = [];
  for (const indicator of tracked)
    for (const period of input.periods) {
      const key = tableKey(period, indicator.indicatorId);
      const table = input.tables.get(key);
      if (!table || (table.values.length === 0 && table.aggregate === null)) continue;
      const denominator = indicator.denominatorId ? byId.get(indicator.denominatorId) : undefined;
      rows.push(
        ...indicatorRows(input, viewer, {
          indicator,
          period,
          table,
          values: input.values.get(key) ?? [],
          categories: categoriesByTable.get(`${period}/${indicator.code}`),
          progress: views(period, indicator),
          weightsView: denominator ? views(period, denominator) : undefined,
          weights: new Map(
            (denominator
              ? (input.tables.get(tableKey(period, denominator.indicatorId))?.values ?? [])
              : []
            ).map((value) => [value.organisationId, value.value]),
          ),
        }),
      );
    }
  return {
    programmeId: input.programmeId,
    by: [...input.by],
    indicators: tracked.map((indicator) => ({
      code: indicator.code,
      nameDa: indicator.nameDa,
      unit: indicator.unit,
      aggregation: indicator.aggregation,
      sensitive: indicator.sensitive,
    })),
    rows,
  };
}

interface IndicatorPeriod {
  readonly indicator: AnalyticsIndicator;
  readonly period: string;
  readonly table: PeriodFigures;
  readonly values: readonly (GroupedValue & { regionCode: string | null })[];
  readonly progress: TableView;
  readonly weightsView: TableView | undefined;
  readonly weights: ReadonlyMap<string, number>;
  /** The table's category values (read only when the rows are split by disaggregation). */
  readonly categories: readonly (CategoryValue & { period: string })[] | undefined;
}

function indicatorRows(input: AnalyticsInput, viewer: Viewer, cell: IndicatorPeriod): AnalyticsRowDto[] {
  const { indicator, period, values, progress } = cell;
  const chosen = (value: { organisationId: string; regionCode: string | null }) =>
    (input.organisations?.has(value.organisationId) ?? true) &&
    (input.regions === null || (value.regionCode !== null && input.regions.has(value.regionCode)));
  const filtered = input.organisations !== null || input.regions !== null;
  // Each row: its place, its value as shown, and which organisations' values make it.
  let shown: { place: Place; value: Shown; organisations: readonly string[] }[];
  let groupsShown = true;
  if (input.by.includes('organisation')) {
    const byOrganisation = new Map(values.map((value) => [value.organisationId, value]));
    shown = progress.organisations
      .filter((organisation) =>
        chosen(byOrganisation.get(organisation.organisationId) ?? { ...organisation, regionCode: null }),
      )
      .map((organisation) => ({
        place: {
          key: organisation.organisationId,
          organisationId: organisation.organisationId,
          organisationName: organisation.name,
          regionCode: byOrganisation.get(organisation.organisationId)?.regionCode ?? null,
        },
        value: organisation.value,
        organisations: [organisation.organisationId],
      }));
  } else if (input.by.includes('region') || filtered) {
    const groups = new Map<string, string[]>();
    for (const value of values) {
      const group = input.by.includes('region') ? (value.regionCode ?? '') : chosen(value) ? SELECTED : REST;
      const members = groups.get(group) ?? [];
      members.push(value.organisationId);
      groups.set(group, members);
    }
    const figures = groupView(
      indicator,
      cell.table,
      values,
      groups,
      cell.weights,
      viewer,
      progress,
      cell.weightsView,
    );
    groupsShown = figures.every((figure) => figure.shown === null || typeof figure.shown === 'number');
    shown = figures
      .filter((figure) =>
        input.by.includes('region')
          ? input.regions === null || input.regions.has(figure.key)
          : figure.key === SELECTED,
      )
      .filter(
        (figure) =>
          !input.by.includes('region') ||
          input.organisations === null ||
          figure.organisations.some((id) => input.organisations?.has(id)),
      )
      .map((figure) => ({
        place: {
          key: figure.key,
          organisationId: null,
          organisationName: null,
          regionCode: input.by.includes('region') && figure.key !== '' ? figure.key : null,
        },
        value: figure.shown,
        organisations: figure.organisations,
      }));
  } else {
    shown = [
      {
        place: { key: '', organisationId: null, organisationName: null, regionCode: null },
        value: progress.aggregateSuppressed ? 'suppressed' : progress.aggregate,
        organisations: values.map((value) => value.organisationId),
      },
    ];
  }
  const rows: AnalyticsRowDto[] = [];
  const dimensions =
    input.by.includes('disaggregation') && indicator.aggregation === 'sum' ? indicator.disaggregations : [];
  const categories = dimensions.length ? (cell.categories ?? []) : [];
  const asProgress = indicatorProgress(indicator, progress, null, values.length);
  const whole = input.by.includes('organisation') || input.by.includes('region') || filtered;
  const categoryRows = dimensions.flatMap((dimension) => {
    const overall = dimensionView(asProgress, dimension, categories, viewer);
    const perPlace = shown.map((row) => {
      const mine = new Set(row.organisations);
      const view = dimensionView(
        asProgress,
        dimension,
        whole ? categories.filter((category) => mine.has(category.organisationId)) : categories,
        viewer,
      );
      const own =
        row.organisations.length > 0 && row.organisations.every((id) => viewer.organisations.has(id));
      return {
        row,
        view,
        hidden: !own && (view.suppressed || (whole && typeof row.value !== 'number')),
        own,
      };
    });
    // A sensitive count's categories: for every group or for none (they add up to the programme's).
    const allOrNone =
      indicator.sensitive &&
      whole &&
      (!groupsShown || overall.suppressed || perPlace.some((place) => place.hidden));
    return perPlace.flatMap(({ row, view, hidden, own }) =>
      categoryCells(dimension, view, hidden || (allOrNone && !own)).map((category) => ({ row, ...category })),
    );
  });
  const categoriesOf = new Map<(typeof shown)[number], typeof categoryRows>();
  for (const category of categoryRows) {
    const found = categoriesOf.get(category.row) ?? [];
    found.push(category);
    categoriesOf.set(category.row, found);
  }
  for (const row of shown) {
    rows.push(rowOf(indicator.code, period, row.place, null, row.value, row.organisations.length));
    for (const category of categoriesOf.get(row) ?? [])
      rows.push(
        rowOf(indicator.code, period, row.place, category.code, category.value, category.contributors),
      );
  }
  return rows;
}

function categoryCells(
  dimension: Dimension,
  view: ReturnType<typeof dimensionView>,
  hidden: boolean,
): { code: string; value: Shown; contributors: number }[] {
  return view.categories.map((category) => ({
    code: `${dimension.code}=${category.code}`,
    value: hidden ? 'suppressed' : category.value,
    contributors: view.contributors,
  }));
}

function rowOf(
  indicator: string,
  period: string,
  place: Place,
  disaggregation: string | null,
  value: Shown,
  contributors: number,
): AnalyticsRowDto {
  return {
    indicator,
    period,
    organisationId: place.organisationId,
    organisationName: place.organisationName,
    regionCode: place.regionCode,
    regionName: place.regionCode ? (DK_REGIONS[place.regionCode] ?? null) : null,
    disaggregation,
    value,
    contributors,
  };
}
