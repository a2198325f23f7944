import type { EntityManager } from 'typeorm';
import type { ApprovedTotal } from './validation.rules.js';

/** The programme's approved totals of the indicators its rules name (the projection kept on approval). */
export async function approvedTotals(
  manager: EntityManager,
  programmeId: string,
  codes: readonly string[],
): Promise<ApprovedTotal[]> {
  const rows = await manager.query<(Omit<ApprovedTotal, 'value'> & { value: string })[]>(
    `SELECT pv.period, pv.organisation_id AS "organisationId",
            coalesce(o.name, pv.organisation_id::text) AS "organisationName", i.code, pv.value::text AS value
       FROM progress_value pv
       JOIN indicator i ON i.id = pv.indicator_id
       LEFT JOIN known_organisation o ON o.id = pv.organisation_id
      WHERE pv.programme_id = $1 AND i.code = ANY($2::text[])`,
    [programmeId, codes],
  );
  return rows.map((row) => ({ ...row, value: Number(row.value) }));
}
