import type { EntityManager } from 'typeorm';
import type { ListParentApprovalsQuery, ParentApprovalItem } from '@samvirke/contracts';
import { organisationAncestors } from '@samvirke/directory';

interface QueueRow {
  id: string;
  period_id: string;
  period: string;
  organisation_id: string;
  name: string;
  version: number;
  status: ParentApprovalItem['status'];
  submitted_at: Date | null;
  parent_organisation_id: string | null;
  approved_by: string | null;
  approved_at: Date | null;
}

/** Whether the organisations above have approved this version. */
export async function isParentApproved(manager: EntityManager, submissionId: string): Promise<boolean> {
  const rows = await manager.query<unknown[]>(
    `SELECT 1 FROM submission_parent_approval WHERE submission_id = $1`,
    [submissionId],
  );
  return rows.length > 0;
}

export async function recordParentApproval(
  manager: EntityManager,
  submissionId: string,
  approval: { organisationId: string; by: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO submission_parent_approval (submission_id, parent_organisation_id, approved_by) VALUES ($1, $2, $3)`,
    [submissionId, approval.organisationId, approval.by],
  );
}

/**
 * The latest submitted version of every sub-unit (an organisation with a parent in the directory)
 * per period, with its first-level approval if it has one; `waiting` leaves out the approved ones.
 */
export async function parentApprovalQueue(
  manager: EntityManager,
  programmeId: string,
  query: ListParentApprovalsQuery,
): Promise<ParentApprovalItem[]> {
  const rows = await manager.query<QueueRow[]>(
    `WITH latest AS (
       SELECT DISTINCT ON (s.period_id, s.organisation_id)
              s.id, s.period_id, p.period, s.organisation_id, s.version, s.status, s.submitted_at
         FROM submission s
         JOIN reporting_period p ON p.id = s.period_id
         JOIN known_organisation o ON o.id = s.organisation_id AND o.parent_id IS NOT NULL
        WHERE s.programme_id = $1 AND ($2::text IS NULL OR p.period = $2)
        ORDER BY s.period_id, s.organisation_id, s.version DESC)
     SELECT l.*, o.name, a.parent_organisation_id, a.approved_by, a.approved_at
       FROM latest l
       JOIN known_organisation o ON o.id = l.organisation_id
       LEFT JOIN submission_parent_approval a ON a.submission_id = l.id
      WHERE l.status = 'submitted' AND ($3 = 'all' OR a.submission_id IS NULL)
      ORDER BY l.period DESC, o.name, l.organisation_id`,
    [programmeId, query.period ?? null, query.state],
  );
  const ancestors = new Map<string, string[]>();
  for (const id of new Set(rows.map((row) => row.organisation_id)))
    ancestors.set(id, await organisationAncestors(manager, id));
  return rows.map((row) => toItem(row, ancestors.get(row.organisation_id) ?? []));
}

function toItem(row: QueueRow, ancestorIds: string[]): ParentApprovalItem {
  return {
    submissionId: row.id,
    periodId: row.period_id,
    period: row.period,
    organisationId: row.organisation_id,
    organisationName: row.name,
    ancestorIds,
    version: row.version,
    status: row.status,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    parentApproval:
      row.parent_organisation_id && row.approved_by && row.approved_at
        ? {
            organisationId: row.parent_organisation_id,
            approvedBy: row.approved_by,
            approvedAt: row.approved_at.toISOString(),
          }
        : null,
  };
}
