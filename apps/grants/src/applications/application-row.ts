import type { EntityManager } from 'typeorm';
import type { ApplicationDto, ApplicationStatus } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { iso, ore } from '../access/grants-access.js';

export interface ApplicationRow {
  id: string;
  call_id: string;
  programme_id: string;
  applicant_organisation_id: string;
  status: ApplicationStatus;
  title: string;
  description: string;
  requested_amount_ore: string | null;
  budget_lines: { category: string; amountOre: number }[];
  goal_ids: string[];
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  decided_at: Date | null;
  decision_reason: string | null;
}

export function toApplicationDto(row: ApplicationRow): ApplicationDto {
  return {
    id: row.id,
    callId: row.call_id,
    programmeId: row.programme_id,
    applicantOrganisationId: row.applicant_organisation_id,
    status: row.status,
    title: row.title,
    description: row.description,
    requestedAmountOre: row.requested_amount_ore === null ? null : ore(row.requested_amount_ore),
    budgetLines: row.budget_lines,
    goalIds: row.goal_ids,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    submittedAt: iso(row.submitted_at),
    decidedAt: iso(row.decided_at),
    decisionReason: row.decision_reason,
  };
}

export async function loadApplication(
  manager: EntityManager,
  applicationId: string,
  lock = false,
): Promise<ApplicationRow> {
  const [row] = await manager.query<ApplicationRow[]>(
    `SELECT * FROM application WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [applicationId],
  );
  if (!row) throw new DomainError('not-found', `No application ${applicationId} that you can see.`);
  return row;
}
