import type { EntityManager } from 'typeorm';
import type { IndicatorDto } from '@samvirke/contracts';
import type { CategoryValue } from '../progress/disaggregation.rules.js';
import { tableKey, type IndicatorFigures } from '../progress/progress.rules.js';
import {
  countedValue,
  hierarchyColumns,
  hierarchyJoins,
  hierarchyOrder,
  hierarchyValue,
  type HierarchyRow,
} from '../progress/progress-hierarchy.store.js';
import { indicatorFigures, type IndicatorColumns } from '../progress/progress.store.js';
import type { OrganisationValue } from '../progress/table-view.js';
import type { PeriodCategoryValue } from './analytics-categories.rules.js';
import type { PlacedValue } from './analytics-places.rules.js';

/** SQL of the analytics read: the same approved values progress counts, over a range of periods. */

export interface AnalyticsIndicator extends IndicatorFigures {
  readonly disaggregations: IndicatorDto['disaggregations'];
  /** Its category combinations (set by the service from the indicator; none when left out). */
  readonly categoryCombinations?: IndicatorDto['categoryCombinations'];
  /** The programme tracks it (a denominator it does not track is read only as weights). */
  readonly tracked: boolean;
}

export interface ValueRow extends HierarchyRow {
  indicator_id: string;
  period: string;
  region_code: string | null;
}

export interface AggregateRow {
  indicator_id: string;
  period: string;
  value: string | null;
}

export interface PeriodRange {
  readonly from: string | null;
  readonly to: string | null;
}

/** `to` is inclusive of the periods inside it: to=2026 keeps 2026-Q4 and 2026-12. */
const IN_RANGE = `($3::text IS NULL OR period >= $3) AND ($4::text IS NULL OR left(period, length($4)) <= $4)`;

/** The approved figures of the programme's indicators in the range, table by table (period and indicator). */
export interface ApprovedFigures {
  readonly tables: Map<string, { aggregate: number | null; values: OrganisationValue[] }>;
  readonly values: Map<string, PlacedValue[]>;
  readonly categories: PeriodCategoryValue[];
  readonly periods: string[];
}

export class AnalyticsStore {
  constructor(private readonly manager: EntityManager) {}

  async approvedFigures(
    programmeId: string,
    indicators: readonly AnalyticsIndicator[],
    { range, withCategories }: { range: PeriodRange; withCategories: boolean },
  ): Promise<ApprovedFigures> {
    const ids = indicators.map((indicator) => indicator.indicatorId);
    const summedWithCategories = indicators
      .filter((indicator) => indicator.aggregation === 'sum' && indicator.disaggregations.length > 0)
      .map((indicator) => indicator.indicatorId);
    const latest = indicators.some((indicator) => indicator.aggregation === 'latest');
    const [valueRows, aggregateRows, categories] = await Promise.all([
      this.values(programmeId, ids, range, latest),
      this.aggregates(programmeId, ids, range),
      withCategories ? this.categoryValues(programmeId, summedWithCategories, range) : [],
    ]);
    return {
      ...tablesOf(aggregateRows, valueRows),
      categories,
      periods: [...new Set([...aggregateRows, ...valueRows].map((row) => row.period))].sort(),
    };
  }

  /** The programme's indicators (all, or those with these codes) and the denominators of its weighted means. */
  async indicators(programmeId: string, codes: readonly string[] | null): Promise<AnalyticsIndicator[]> {
    const rows = await this.manager.query<IndicatorRow[]>(
      `WITH tracked AS (
         SELECT i.* FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
          WHERE pi.programme_id = $1 AND ($2::text[] IS NULL OR i.code = ANY($2::text[])))
       SELECT id AS indicator_id, code, name_da, name_en, unit, polarity, sensitive, aggregation, denominator_id,
              disaggregations, true AS tracked FROM tracked
       UNION ALL
       SELECT id, code, name_da, name_en, unit, polarity, sensitive, aggregation, denominator_id, disaggregations,
              false FROM indicator
        WHERE id IN (SELECT denominator_id FROM tracked) AND id NOT IN (SELECT id FROM tracked)
       ORDER BY code`,
      [programmeId, codes],
    );
    return rows.map((row) => ({
      ...indicatorFigures(row, null, null),
      disaggregations: row.disaggregations,
      tracked: row.tracked,
    }));
  }

  /**
   * Each organisation's approved value (progress_value) of these indicators in the range, counted as
   * the hierarchy counts them, with their place in it, in progress's order.
   */
  values(
    programmeId: string,
    indicatorIds: readonly string[],
    range: PeriodRange,
    withDecidedAt: boolean,
  ): Promise<ValueRow[]> {
    return this.manager.query<ValueRow[]>(
      `SELECT pv.indicator_id, pv.period, pv.organisation_id, ${hierarchyColumns('pv')},
              pv.value::text AS raw, p.region_code,
              ${withDecidedAt ? '(SELECT extract(epoch FROM s.decided_at) FROM submission s WHERE s.id = pv.submission_id)' : 'NULL'}::float8 AS decided_at
         FROM progress_value pv ${hierarchyJoins('pv')}
         LEFT JOIN organisation_place p ON p.organisation_id = pv.organisation_id
        WHERE pv.programme_id = $1 AND pv.indicator_id = ANY($2::uuid[]) AND ${IN_RANGE.replaceAll('period', 'pv.period')}
          AND ${countedValue('pv')}
        ORDER BY pv.period, pv.indicator_id, ${hierarchyOrder('pv')}`,
      [programmeId, indicatorIds, range.from, range.to],
    );
  }

  /** The aggregates progress shows, kept on approval. */
  aggregates(
    programmeId: string,
    indicatorIds: readonly string[],
    range: PeriodRange,
  ): Promise<AggregateRow[]> {
    return this.manager.query<AggregateRow[]>(
      `SELECT indicator_id, period, value::text AS value FROM progress_aggregate
        WHERE programme_id = $1 AND indicator_id = ANY($2::uuid[]) AND ${IN_RANGE}`,
      [programmeId, indicatorIds, range.from, range.to],
    );
  }

  /** The approved versions' category values of these summed indicators, with their period. */
  async categoryValues(
    programmeId: string,
    indicatorIds: readonly string[],
    range: PeriodRange,
  ): Promise<(CategoryValue & { period: string })[]> {
    if (indicatorIds.length === 0) return [];
    const rows = await this.manager.query<
      { organisation_id: string; code: string; period: string; disaggregation: string; value: string }[]
    >(
      `SELECT pv.organisation_id, i.code, pv.period, sv.disaggregation, sv.value::text AS value
         FROM progress_value pv
         JOIN submission_value sv ON sv.submission_id = pv.submission_id AND sv.indicator_id = pv.indicator_id
         JOIN indicator i ON i.id = pv.indicator_id
         ${hierarchyJoins('pv')}
        WHERE pv.programme_id = $1 AND pv.indicator_id = ANY($2::uuid[]) AND ${IN_RANGE.replaceAll('period', 'pv.period')}
          AND sv.disaggregation <> '' AND ${countedValue('pv')}`,
      [programmeId, indicatorIds, range.from, range.to],
    );
    return rows.map((row) => ({
      organisationId: row.organisation_id,
      indicatorCode: row.code,
      period: row.period,
      disaggregation: row.disaggregation,
      value: Number(row.value),
    }));
  }
}

interface IndicatorRow extends IndicatorColumns {
  disaggregations: IndicatorDto['disaggregations'];
  tracked: boolean;
}

/** The aggregates and values, table by table; the values also with their region and approval time. */
function tablesOf(aggregateRows: readonly AggregateRow[], valueRows: readonly ValueRow[]) {
  const tables: ApprovedFigures['tables'] = new Map();
  const values: ApprovedFigures['values'] = new Map();
  const table = (key: string) => {
    const found = tables.get(key) ?? { aggregate: null, values: [] };
    tables.set(key, found);
    return found;
  };
  for (const row of aggregateRows)
    table(tableKey(row.period, row.indicator_id)).aggregate = row.value === null ? null : Number(row.value);
  for (const row of valueRows) {
    const key = tableKey(row.period, row.indicator_id);
    // One object serves both maps (a placed value is an organisation value with more beside it):
    // a read holds thousands, and their garbage was a third of the endpoint's time.
    const value: PlacedValue = {
      ...hierarchyValue(row),
      decidedAt: row.decided_at ?? 0,
      regionCode: row.region_code,
    };
    table(key).values.push(value);
    const placed = values.get(key);
    if (placed) placed.push(value);
    else values.set(key, [value]);
  }
  return { tables, values };
}
