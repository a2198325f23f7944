import type { EntityManager } from 'typeorm';

/** A data provider without a submission (nothing submitted or approved) for an open period. */
export interface Unsubmitted {
  readonly programmeId: string;
  readonly periodId: string;
  readonly period: string;
  readonly dueDate: string;
  readonly organisationId: string;
}

/** Data providers who have not submitted for an open period due by `lastDueDate` (a calendar date). */
export async function unsubmittedBy(manager: EntityManager, lastDueDate: string): Promise<Unsubmitted[]> {
  return manager.query<Unsubmitted[]>(
    `SELECT p.programme_id AS "programmeId", p.id AS "periodId", p.period, p.due_date::text AS "dueDate",
            m.organisation_id AS "organisationId"
       FROM reporting_period p
       JOIN programme_member m ON m.programme_id = p.programme_id AND m.left_on IS NULL AND 'data-provider' = ANY(m.roles)
      WHERE p.status = 'open' AND p.due_date <= $1::date
        AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.period_id = p.id AND s.organisation_id = m.organisation_id
                          AND s.status IN ('submitted', 'approved'))`,
    [lastDueDate],
  );
}

/**
 * Claims the reminder of this kind for the period and organisation; false when it was recorded
 * before (by an earlier round, or by another instance: the primary key lets exactly one win).
 */
export async function claimReminder(
  manager: EntityManager,
  reminder: { periodId: string; organisationId: string; kind: string },
): Promise<boolean> {
  const inserted = await manager.query<unknown[]>(
    `INSERT INTO reporting_reminder (period_id, organisation_id, kind) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING period_id`,
    [reminder.periodId, reminder.organisationId, reminder.kind],
  );
  return inserted.length > 0;
}
