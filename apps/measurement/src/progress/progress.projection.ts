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
    for (const indicatorId of changed) await this.recompute(manager, programmeId, indicatorId, period);
    const codes = await manager.query<{ code: string }[]>(
      `SELECT code FROM indicator WHERE id = ANY($1::uuid[]) ORDER BY code`,
      [changed],
    );
    return codes.map((row) => row.code);
  }

  private async recompute(
    manager: EntityManager,
    programmeId: string,
    indicatorId: string,
    period: string,
  ): Promise<void> {
    await manager.query(
      `WITH v AS (
         SELECT pv.organisation_id, pv.value, d.value AS weight
           FROM progress_value pv
           JOIN indicator i ON i.id = pv.indicator_id
           LEFT JOIN progress_value d ON d.programme_id = pv.programme_id AND d.period = pv.period
                                     AND d.organisation_id = pv.organisation_id AND d.indicator_id = i.denominator_id
          WHERE pv.programme_id = $1 AND pv.indicator_id = $2 AND pv.period = $3),
       agg AS (
         SELECT CASE i.aggregation
                  WHEN 'sum' THEN (SELECT sum(value) FROM v)
                  WHEN 'mean' THEN (SELECT avg(value) FROM v)
                  WHEN 'weighted-mean' THEN (SELECT sum(value * weight) / NULLIF(sum(weight), 0) FROM v WHERE weight IS NOT NULL)
                  WHEN 'latest' THEN (SELECT pv.value FROM progress_value pv JOIN submission s ON s.id = pv.submission_id
                                       WHERE pv.programme_id = $1 AND pv.indicator_id = $2 AND pv.period = $3
                                       ORDER BY s.decided_at DESC LIMIT 1)
                END AS value,
                (SELECT count(*) FROM v) AS contributors
           FROM indicator i WHERE i.id = $2)
       INSERT INTO progress_aggregate (programme_id, indicator_id, period, value, contributors, updated_at)
       SELECT $1, $2, $3, value, contributors, now() FROM agg
       ON CONFLICT (programme_id, indicator_id, period)
       DO UPDATE SET value = EXCLUDED.value, contributors = EXCLUDED.contributors, updated_at = now()`,
      [programmeId, indicatorId, period],
    );
  }
}
