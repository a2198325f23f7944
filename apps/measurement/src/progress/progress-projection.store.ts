import type { EntityManager } from 'typeorm';
import { countedValue, hierarchyJoins } from './progress-hierarchy.store.js';

/** Which organisation's approved submission for which period of which programme. */
export interface Approval {
  readonly programmeId: string;
  readonly period: string;
  readonly organisationId: string;
  readonly submissionId: string;
}

/**
 * The approved version's totals replace the organisation's earlier values for the period; returns
 * the indicators whose values were removed or added.
 */
export async function replaceOrganisationValues(
  manager: EntityManager,
  approval: Approval,
): Promise<string[]> {
  const { programmeId, period, organisationId, submissionId } = approval;
  const previous = await manager.query<{ indicator_id: string }[]>(
    `DELETE FROM progress_value WHERE programme_id = $1 AND period = $2 AND organisation_id = $3 RETURNING indicator_id`,
    [programmeId, period, organisationId],
  );
  const current = await manager.query<{ indicator_id: string }[]>(
    `INSERT INTO progress_value (programme_id, indicator_id, period, organisation_id, value, submission_id)
     SELECT $1, indicator_id, $2, $3, value, $4 FROM submission_value WHERE submission_id = $4 AND disaggregation = ''
     RETURNING indicator_id`,
    [programmeId, period, organisationId, submissionId],
  );
  return [...previous, ...current].map((row) => row.indicator_id);
}

/** The weighted means whose denominator is one of these indicators. */
export async function weightedBy(manager: EntityManager, indicatorIds: readonly string[]): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM indicator WHERE denominator_id = ANY($1::uuid[])`,
    [indicatorIds],
  );
  return rows.map((row) => row.id);
}

export async function indicatorCodes(
  manager: EntityManager,
  indicatorIds: readonly string[],
): Promise<string[]> {
  const rows = await manager.query<{ code: string }[]>(
    `SELECT code FROM indicator WHERE id = ANY($1::uuid[]) ORDER BY code`,
    [indicatorIds],
  );
  return rows.map((row) => row.code);
}

/**
 * Recomputes the aggregates of these indicators for the period in one statement, over the values
 * the hierarchy counts (a unit's value is in its municipality's own, when that is given).
 */
export async function recomputeAggregates(
  manager: EntityManager,
  programmeId: string,
  indicatorIds: readonly string[],
  period: string,
): Promise<void> {
  if (indicatorIds.length === 0) return;
  await manager.query(
    `WITH v AS (
       SELECT pv.indicator_id, pv.value, d.value AS weight, s.decided_at
         FROM progress_value pv
         JOIN indicator i ON i.id = pv.indicator_id
         LEFT JOIN progress_value d ON d.programme_id = pv.programme_id AND d.period = pv.period
                                   AND d.organisation_id = pv.organisation_id AND d.indicator_id = i.denominator_id
         LEFT JOIN submission s ON s.id = pv.submission_id
         ${hierarchyJoins('pv')}
        WHERE pv.programme_id = $1 AND pv.period = $2 AND pv.indicator_id = ANY($3::uuid[])
          AND ${countedValue('pv')}),
     agg AS (
       SELECT i.id AS indicator_id,
              CASE i.aggregation
                WHEN 'sum' THEN sum(v.value)
                WHEN 'mean' THEN avg(v.value)
                WHEN 'weighted-mean' THEN sum(v.value * v.weight) FILTER (WHERE v.weight IS NOT NULL)
                                          / NULLIF(sum(v.weight) FILTER (WHERE v.weight IS NOT NULL), 0)
                WHEN 'latest' THEN (array_agg(v.value ORDER BY v.decided_at DESC NULLS LAST))[1]
              END AS value,
              count(v.indicator_id) AS contributors
         FROM indicator i LEFT JOIN v ON v.indicator_id = i.id
        WHERE i.id = ANY($3::uuid[])
        GROUP BY i.id, i.aggregation)
     INSERT INTO progress_aggregate (programme_id, indicator_id, period, value, contributors, updated_at)
     SELECT $1, indicator_id, $2, value, contributors, now() FROM agg
     ON CONFLICT (programme_id, indicator_id, period)
     DO UPDATE SET value = EXCLUDED.value, contributors = EXCLUDED.contributors, updated_at = now()`,
    [programmeId, period, indicatorIds],
  );
}
