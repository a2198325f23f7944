import type { EntityManager } from 'typeorm';
import { cellKey, valueRange, type CategoryCombination, type IndicatorUnit } from '@samvirke/contracts';
import { combinationGrids } from './category-totals.rules.js';
import type { TrackedIndicator } from './submissions.rules.js';
import type { Where } from './submission-workflow.js';

/** The reporting period a submission is for, as the workflow needs it. */
export interface SubmissionPeriod {
  readonly period: string;
  readonly frequency: string;
  readonly status: string;
}

interface TrackedRow {
  id: string;
  code: string;
  value_type: 'integer' | 'decimal';
  unit: IndicatorUnit;
  scale: number;
  min_value: string | null;
  max_value: string | null;
  required: boolean;
  disaggregations: { code: string; values: string[] }[];
  category_combinations: CategoryCombination[];
}

export async function submissionPeriod(
  manager: EntityManager,
  where: Pick<Where, 'programmeId' | 'periodId'>,
  share = false,
): Promise<SubmissionPeriod | undefined> {
  // A change takes the row FOR SHARE, so a lock (FOR UPDATE) waits for it and it for the lock.
  const [period] = await manager.query<SubmissionPeriod[]>(
    `SELECT period, frequency, status FROM reporting_period WHERE id = $1 AND programme_id = $2${share ? ' FOR SHARE' : ''}`,
    [where.periodId, where.programmeId],
  );
  return period;
}

/** The organisation is a current data provider of the programme. */
export async function isDataProvider(manager: EntityManager, where: Where): Promise<boolean> {
  const [provider] = await manager.query<unknown[]>(
    `SELECT 1 FROM programme_member WHERE programme_id = $1 AND organisation_id = $2 AND left_on IS NULL
       AND 'data-provider' = ANY(roles)`,
    [where.programmeId, where.organisationId],
  );
  return provider !== undefined;
}

/** The indicators the programme collects at this frequency, by code. */
export async function trackedIndicators(
  manager: EntityManager,
  programmeId: string,
  frequency: string,
): Promise<Map<string, TrackedIndicator>> {
  const rows = await manager.query<TrackedRow[]>(
    `SELECT i.id, i.code, i.value_type, i.unit, i.scale, i.min_value, i.max_value, pi.required, i.disaggregations,
            i.category_combinations
       FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
      WHERE pi.programme_id = $1 AND pi.frequency = $2`,
    [programmeId, frequency],
  );
  return new Map(rows.map((row) => [row.code, trackedIndicator(row)]));
}

function trackedIndicator(row: TrackedRow): TrackedIndicator {
  const combinations = combinationGrids(row.category_combinations, row.disaggregations);
  return {
    id: row.id,
    code: row.code,
    valueType: row.value_type,
    scale: row.scale,
    // Without a min or max of its own an indicator takes its unit's (a count is never -7).
    ...valueRange(
      row.unit,
      row.min_value === null ? null : Number(row.min_value),
      row.max_value === null ? null : Number(row.max_value),
    ),
    required: row.required,
    disaggregations: new Set([
      ...row.disaggregations.flatMap((d) => d.values.map((value) => `${d.code}=${value}`)),
      ...combinations.flatMap((grid) => grid.cells.map(cellKey)),
    ]),
    combinations,
  };
}
