import type { EntityManager } from 'typeorm';
import type { ProgressDto } from '@samvirke/contracts';
import {
  tableKey,
  type Completeness,
  type IndicatorFigures,
  type ProgressFigures,
} from './progress.rules.js';
import {
  countedValue,
  hierarchyColumns,
  hierarchyJoins,
  hierarchyOrder,
  hierarchyValue,
  type HierarchyRow,
} from './progress-hierarchy.store.js';
import type { OrganisationValue, PeriodFigures } from './table-view.js';

export interface ReportingPeriodRow {
  id: string;
  frequency: ProgressDto['frequency'];
  due_date: string;
}

/** An indicator's columns as the measurement stores select them. */
export interface IndicatorColumns {
  indicator_id: string;
  code: string;
  name_da: string;
  name_en: string;
  unit: IndicatorFigures['unit'];
  polarity: IndicatorFigures['polarity'];
  sensitive: boolean;
  aggregation: IndicatorFigures['aggregation'];
  denominator_id: string | null;
}

interface IndicatorRow extends IndicatorColumns {
  baseline: { value: number } | null;
  targets: { period: string; value: number }[];
}

interface AggregateRow {
  indicator_id: string;
  period: string;
  value: string | null;
  contributors: number;
}

type ValueRow = HierarchyRow & { indicator_id: string; period: string };

/** SQL of the progress read: the period, the configured indicators, aggregates and organisations' values. */
export class ProgressStore {
  constructor(private readonly manager: EntityManager) {}

  async reportingPeriod(programmeId: string, period: string): Promise<ReportingPeriodRow | undefined> {
    const [row] = await this.manager.query<ReportingPeriodRow[]>(
      `SELECT id, frequency, due_date::text AS due_date FROM reporting_period WHERE programme_id = $1 AND period = $2`,
      [programmeId, period],
    );
    return row;
  }

  /** The figures of `periods` (the asked one first) of every indicator tracked at this frequency. */
  async figures(
    programmeId: string,
    frequency: ProgressDto['frequency'],
    periods: readonly [string, string],
  ): Promise<ProgressFigures> {
    const indicators = await this.configuredIndicators(programmeId, frequency);
    const denominators = await this.untrackedDenominators(indicators);
    const aggregates = await this.manager.query<AggregateRow[]>(
      `SELECT indicator_id, period, value::text AS value, contributors FROM progress_aggregate
        WHERE programme_id = $1 AND period = ANY($2::text[])`,
      [programmeId, periods],
    );
    // Counted as the hierarchy counts them, a sub-unit's with its place in it (progress-hierarchy.store.ts).
    const values = await this.manager.query<ValueRow[]>(
      `SELECT pv.indicator_id, pv.period, pv.organisation_id, pv.value::text AS raw, ${hierarchyColumns('pv')},
              (SELECT extract(epoch FROM s.decided_at) FROM submission s WHERE s.id = pv.submission_id)::float8 AS decided_at
         FROM progress_value pv ${hierarchyJoins('pv')}
        WHERE pv.programme_id = $1 AND pv.period = ANY($2::text[]) AND ${countedValue('pv')}
        ORDER BY pv.period, pv.indicator_id, ${hierarchyOrder('pv')}`,
      [programmeId, periods],
    );
    return {
      indicators: indicators.map((row) => figuresFor(row, periods[0])),
      denominators: denominators.map((row) => figuresFor(row, periods[0])),
      tables: tables(aggregates, values),
      contributors: new Map(
        aggregates
          .filter((row) => row.period === periods[0])
          .map((row) => [row.indicator_id, row.contributors]),
      ),
    };
  }

  /** Share of the data providers whose values for the period are approved, and of those, on time. */
  async completeness(programmeId: string, periodId: string, dueDate: string): Promise<Completeness> {
    const [row] = await this.manager.query<{ expected: string; approved: string; on_time: string }[]>(
      `SELECT (SELECT count(DISTINCT organisation_id) FROM programme_member
                WHERE programme_id = $1 AND left_on IS NULL AND 'data-provider' = ANY(roles))::text AS expected,
              count(*)::text AS approved,
              count(*) FILTER (WHERE first_submitted::date <= $3::date)::text AS on_time
         FROM (SELECT s.organisation_id, min(s.submitted_at) AS first_submitted
                 FROM submission s WHERE s.period_id = $2
                GROUP BY s.organisation_id HAVING bool_or(s.status = 'approved')) approved`,
      [programmeId, periodId, dueDate],
    );
    return {
      expected: Number(row?.expected ?? 0),
      approved: Number(row?.approved ?? 0),
      onTime: Number(row?.on_time ?? 0),
    };
  }

  private configuredIndicators(programmeId: string, frequency: ProgressDto['frequency']) {
    return this.manager.query<IndicatorRow[]>(
      `SELECT pi.indicator_id, i.code, i.name_da, i.name_en, i.unit, i.polarity, i.sensitive, i.aggregation,
              i.denominator_id, pi.baseline, pi.targets
         FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
        WHERE pi.programme_id = $1 AND pi.frequency = $2
        ORDER BY i.code`,
      [programmeId, frequency],
    );
  }

  /** The denominators of weighted means that the programme does not track itself. */
  private async untrackedDenominators(indicators: readonly IndicatorRow[]): Promise<IndicatorRow[]> {
    const configured = new Set(indicators.map((row) => row.indicator_id));
    const missing = [...new Set(indicators.map((row) => row.denominator_id))].filter(
      (id): id is string => id !== null && !configured.has(id),
    );
    if (!missing.length) return [];
    return this.manager.query<IndicatorRow[]>(
      `SELECT id AS indicator_id, code, name_da, name_en, unit, polarity, sensitive, aggregation,
              denominator_id, NULL AS baseline, '[]'::jsonb AS targets
         FROM indicator WHERE id = ANY($1::uuid[])`,
      [missing],
    );
  }
}

/** The aggregates and organisations' values, table by table (period and indicator). */
function tables(
  aggregates: readonly AggregateRow[],
  values: readonly ValueRow[],
): Map<string, PeriodFigures> {
  const found = new Map<string, { aggregate: number | null; values: OrganisationValue[] }>();
  const table = (period: string, indicatorId: string) => {
    const key = tableKey(period, indicatorId);
    const known = found.get(key) ?? { aggregate: null, values: [] };
    found.set(key, known);
    return known;
  };
  for (const row of aggregates)
    table(row.period, row.indicator_id).aggregate = row.value === null ? null : Number(row.value);
  // Rows come table by table: look each table up once.
  let last: { period: string; indicatorId: string; values: OrganisationValue[] } | undefined;
  for (const row of values) {
    if (last?.period !== row.period || last.indicatorId !== row.indicator_id) {
      const { values: tableValues } = table(row.period, row.indicator_id);
      last = { period: row.period, indicatorId: row.indicator_id, values: tableValues };
    }
    last.values.push(hierarchyValue(row));
  }
  return found;
}

/** An indicator's row as the rules take it, with its target for `period`. */
function figuresFor(row: IndicatorRow, period: string): IndicatorFigures {
  const target = row.targets.find((candidate) => candidate.period === period)?.value ?? null;
  return indicatorFigures(row, row.baseline?.value ?? null, target);
}

/** An indicator's columns as the rules take them, with the baseline and target that apply. */
export function indicatorFigures(
  row: IndicatorColumns,
  baseline: number | null,
  target: number | null,
): IndicatorFigures {
  return {
    indicatorId: row.indicator_id,
    code: row.code,
    nameDa: row.name_da,
    nameEn: row.name_en,
    unit: row.unit,
    polarity: row.polarity,
    sensitive: row.sensitive,
    aggregation: row.aggregation,
    denominatorId: row.denominator_id,
    baseline,
    target,
  };
}
