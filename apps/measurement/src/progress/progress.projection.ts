import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Keeps progress_value and progress_aggregate current when a submission is approved, inside the
 * approval's transaction: the approved version replaces the organisation's earlier values for the
 * period, and each touched indicator's aggregate across organisations is recomputed.
 */
@Injectable()
export class ProgressProjection {
  /** Returns the codes of the indicators whose progress changed. */
  async applyApproval(
    manager: EntityManager,
    approval: { programmeId: string; period: string; organisationId: string; submissionId: string },
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
    const touched = [...new Set([...previous, ...current].map((row) => row.indicator_id))];
    // Weighted means depend on their denominators too.
    const dependants = await manager.query<{ id: string }[]>(
      `SELECT id FROM indicator WHERE denominator_id = ANY($1::uuid[])`,
      [touched],
    );
    const changed = [...new Set([...touched, ...dependants.map((row) => row.id)])];
    await this.recompute(manager, programmeId, changed, period);
    const codes = await manager.query<{ code: string }[]>(
      `SELECT code FROM indicator WHERE id = ANY($1::uuid[]) ORDER BY code`,
      [changed],
    );
    return codes.map((row) => row.code);
  }

  /** Recomputes the aggregates of these indicators for the period in one statement. */
  private async recompute(
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
          WHERE pv.programme_id = $1 AND pv.period = $2 AND pv.indicator_id = ANY($3::uuid[])),
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
}
