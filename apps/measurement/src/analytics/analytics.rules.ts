import { DK_REGIONS, type AnalyticsDto, type AnalyticsRowDto } from '@samvirke/contracts';
import { tableKey, viewsFor, weightsIn, type IndicatorFigures } from '../progress/progress.rules.js';
import type { PeriodFigures, TableView, Viewer } from '../progress/table-view.js';
import { categoryCells, type CategoryCell, type PeriodCategoryValue } from './analytics-categories.rules.js';
import {
  placedRows,
  type PlacedRow,
  type IndicatorPeriod,
  type PlacedValue,
  type RowChoice,
} from './analytics-places.rules.js';
import type { AnalyticsIndicator } from './analytics.store.js';

/** Everything one analytics answer is made of, before the caller's view is applied. */
export interface AnalyticsInput extends RowChoice {
  readonly programmeId: string;
  readonly indicators: readonly AnalyticsIndicator[];
  readonly tables: ReadonlyMap<string, PeriodFigures>;
  /** Every approved value by tableKey, with its region and approval time. */
  readonly values: ReadonlyMap<string, readonly PlacedValue[]>;
  readonly categories: readonly PeriodCategoryValue[];
  readonly periods: readonly string[];
}

/**
 * The analytics answer for one caller: for each indicator and period, the rows the dimensions ask
 * for (analytics-places.rules.ts), each followed by its categories when asked
 * (analytics-categories.rules.ts). Every figure passes progress's suppression for this caller.
 */
export function analyticsAnswer(input: AnalyticsInput, viewer: Viewer): AnalyticsDto {
  const tracked = input.indicators.filter((indicator) => indicator.tracked);
  const cells = indicatorPeriods(input, tracked, viewer);
  const categories = input.by.includes('disaggregation') ? byTable(input.categories) : null;
  const rows = cells.flatMap((cell) => {
    const placed = placedRows(input, cell, viewer);
    const split = categories
      ? categoryCells(cell, placed, categories.get(`${cell.period}/${cell.indicator.code}`) ?? [], viewer)
      : new Map<PlacedRow, CategoryCell[]>();
    const row = (
      place: (typeof placed.rows)[number],
      disaggregation: string | null,
      value: AnalyticsRowDto['value'],
      contributors: number,
    ) => rowOf(cell, place, disaggregation, value, contributors);
    return placed.rows.flatMap((place) => [
      row(place, null, place.value, place.organisations.length),
      ...(split.get(place) ?? []).map((category) =>
        row(place, category.code, category.value, category.contributors),
      ),
    ]);
  });
  return {
    programmeId: input.programmeId,
    by: [...input.by],
    indicators: tracked.map(({ code, nameDa, unit, aggregation, sensitive }) => ({
      code,
      nameDa,
      unit,
      aggregation,
      sensitive,
    })),
    rows,
  };
}

/** Each tracked indicator's table in each period that has figures, with progress's view of it for the caller. */
function indicatorPeriods(
  input: AnalyticsInput,
  tracked: readonly AnalyticsIndicator[],
  viewer: Viewer,
): IndicatorPeriod[] {
  const views = viewsFor(
    {
      indicators: tracked,
      denominators: input.indicators.filter((indicator) => !indicator.tracked),
      tables: input.tables,
      contributors: new Map(),
    },
    viewer,
  );
  const byId = new Map(input.indicators.map((indicator) => [indicator.indicatorId, indicator]));
  return tracked.flatMap((indicator) =>
    input.periods.flatMap((period) => {
      const table = input.tables.get(tableKey(period, indicator.indicatorId));
      if (!table || (table.values.length === 0 && table.aggregate === null)) return [];
      const denominator = indicator.denominatorId ? byId.get(indicator.denominatorId) : undefined;
      return [
        {
          indicator,
          period,
          table,
          values: input.values.get(tableKey(period, indicator.indicatorId)) ?? [],
          progress: views(period, indicator),
          ...weightsOf(input, period, denominator, views),
        },
      ];
    }),
  );
}

function weightsOf(
  input: AnalyticsInput,
  period: string,
  denominator: IndicatorFigures | undefined,
  views: (period: string, indicator: IndicatorFigures) => TableView,
): { weights: Map<string, number>; weightsView: TableView | undefined } {
  if (!denominator) return { weights: new Map(), weightsView: undefined };
  return {
    weights: weightsIn(input.tables, period, denominator.indicatorId),
    weightsView: views(period, denominator),
  };
}

function byTable(categories: readonly PeriodCategoryValue[]): Map<string, PeriodCategoryValue[]> {
  const found = new Map<string, PeriodCategoryValue[]>();
  for (const category of categories) {
    const key = `${category.period}/${category.indicatorCode}`;
    const list = found.get(key) ?? [];
    list.push(category);
    found.set(key, list);
  }
  return found;
}

function rowOf(
  cell: IndicatorPeriod,
  place: Pick<PlacedRow, 'organisationId' | 'organisationName' | 'parentOrganisationId' | 'regionCode'>,
  disaggregation: string | null,
  value: AnalyticsRowDto['value'],
  contributors: number,
): AnalyticsRowDto {
  return {
    indicator: cell.indicator.code,
    period: cell.period,
    organisationId: place.organisationId,
    organisationName: place.organisationName,
    ...(place.parentOrganisationId ? { parentOrganisationId: place.parentOrganisationId } : {}),
    regionCode: place.regionCode,
    regionName: place.regionCode ? (DK_REGIONS[place.regionCode] ?? null) : null,
    disaggregation,
    value,
    contributors,
  };
}
