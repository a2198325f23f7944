import type { EntityManager } from 'typeorm';
import type {
  ApplicationDto,
  ApplicationEligibility,
  ApplicationPartnerDto,
  ApplicationStatus,
  FormAnswers,
  OwnApplicationDto,
  SaveApplication,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { iso, ore } from '../access/grants-access.js';
import { isPartnerCondition, PARTNERS_COLUMN } from '../joint/joint.store.js';

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
  form_version: number | null;
  answers: FormAnswers;
  eligibility: ApplicationEligibility;
  partners: ApplicationPartnerDto[];
}

/** An application's answers to the call's form and what its eligibility questions say. */
export interface AnswersToSave {
  readonly answers: FormAnswers;
  readonly eligibility: ApplicationEligibility;
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
    formVersion: row.form_version,
    answers: row.answers,
    eligibility: row.eligibility,
    partners: (row.partners ?? []).map((partner) => ({ ...partner, budgetOre: Number(partner.budgetOre) })),
  };
}

/** An application with the titles of its call and programme. */
export interface OwnApplicationRow extends ApplicationRow {
  call_title: string;
  programme_name: string | null;
}

export function toOwnApplicationDto(row: OwnApplicationRow): OwnApplicationDto {
  return { ...toApplicationDto(row), callTitle: row.call_title, programmeName: row.programme_name ?? '' };
}

export function applicationNotFound(applicationId: string): DomainError {
  return new DomainError('not-found', `No application ${applicationId} that you can see.`);
}

/** Applications to grant calls, and what of the directory and the reviews decides on them. */
export class ApplicationsStore {
  constructor(private readonly manager: EntityManager) {}

  /** The application, locked for this transaction when asked; 404 if there is none. */
  async load(applicationId: string, lock = false): Promise<ApplicationRow> {
    const [row] = await this.manager.query<ApplicationRow[]>(
      `SELECT a.*, ${PARTNERS_COLUMN} FROM application a WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [applicationId],
    );
    if (!row) throw applicationNotFound(applicationId);
    return row;
  }

  async dto(applicationId: string): Promise<ApplicationDto> {
    return toApplicationDto(await this.load(applicationId));
  }

  /** The organisation's type, if grants knows it and it is not archived. */
  async organisationType(organisationId: string): Promise<string | undefined> {
    const [organisation] = await this.manager.query<{ type: string }[]>(
      `SELECT type FROM known_organisation WHERE id = $1 AND NOT archived`,
      [organisationId],
    );
    return organisation?.type;
  }

  /** The organisation's application in the call that is not withdrawn, if any. */
  async activeApplicationId(callId: string, organisationId: string): Promise<string | undefined> {
    const [existing] = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM application WHERE call_id = $1 AND applicant_organisation_id = $2 AND status <> 'withdrawn'`,
      [callId, organisationId],
    );
    return existing?.id;
  }

  async insertDraft(
    id: string,
    call: { id: string; programme_id: string },
    applicantId: string,
    createdBy: string,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO application (id, call_id, programme_id, applicant_organisation_id, status, created_by)
       VALUES ($1, $2, $3, $4, 'draft', $5)`,
      [id, call.id, call.programme_id, applicantId, createdBy],
    );
  }

  /** Saves the fields given, keeping the others. */
  async saveFields(id: string, command: SaveApplication, form: AnswersToSave): Promise<void> {
    await this.manager.query(
      `UPDATE application SET title = coalesce($2, title), description = coalesce($3, description),
              requested_amount_ore = coalesce($4, requested_amount_ore), budget_lines = coalesce($5, budget_lines),
              goal_ids = coalesce($6, goal_ids), answers = $7, eligibility = $8, updated_at = now()
        WHERE id = $1`,
      [
        id,
        command.title ?? null,
        command.description ?? null,
        command.requestedAmountOre ?? null,
        command.budgetLines ? JSON.stringify(command.budgetLines) : null,
        command.goalIds ?? null,
        JSON.stringify(form.answers),
        JSON.stringify(form.eligibility),
      ],
    );
  }

  /** Submitted against a version of the call's form (null: it has none), with the answers to it. */
  async markSubmitted(id: string, form: AnswersToSave & { version: number | null }): Promise<void> {
    await this.manager.query(
      `UPDATE application SET status = 'submitted', submitted_at = now(), updated_at = now(),
              form_version = $2, answers = $3, eligibility = $4
        WHERE id = $1`,
      [id, form.version, JSON.stringify(form.answers), JSON.stringify(form.eligibility)],
    );
  }

  async decide(id: string, status: ApplicationStatus, reason: string | null): Promise<void> {
    await this.manager.query(
      `UPDATE application SET status = $2, decided_at = now(), updated_at = now(), decision_reason = $3 WHERE id = $1`,
      [id, status, reason],
    );
  }

  async hasPendingAward(id: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `SELECT 1 FROM award WHERE application_id = $1 AND status = 'pending'`,
      [id],
    );
    return rows.length > 0;
  }

  async isAssignedReviewer(id: string, username: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `SELECT 1 FROM review_assignment WHERE application_id = $1 AND reviewer_username = $2`,
      [id, username],
    );
    return rows.length > 0;
  }

  /** The applications of these organisations in every call, newest change first. */
  ofOrganisations(organisations: readonly string[]): Promise<OwnApplicationRow[]> {
    return this.manager.query<OwnApplicationRow[]>(
      `SELECT a.*, ${PARTNERS_COLUMN}, c.title AS call_title, p.name AS programme_name FROM application a
         JOIN grant_call c ON c.id = a.call_id
         LEFT JOIN known_programme p ON p.id = a.programme_id
        WHERE a.applicant_organisation_id::text = ANY($1::text[]) OR ${isPartnerCondition('$1', 'text')}
        ORDER BY a.updated_at DESC, a.id`,
      [organisations],
    );
  }

  /** The call's applications a caller sees: submitted ones for the call's foundation, else own or assigned. */
  async visibleInCall(
    callId: string,
    viewer: { funder: boolean; organisations: readonly string[]; username: string },
  ): Promise<ApplicationRow[]> {
    return this.manager.query<ApplicationRow[]>(
      `SELECT a.*, ${PARTNERS_COLUMN} FROM application a
        WHERE a.call_id = $1
          AND (($2 AND a.status <> 'draft') OR a.applicant_organisation_id = ANY($3::uuid[])
               OR ${isPartnerCondition('$3', 'uuid')}
               OR EXISTS (SELECT 1 FROM review_assignment r WHERE r.application_id = a.id AND r.reviewer_username = $4))
        ORDER BY a.created_at, a.id`,
      [callId, viewer.funder, viewer.organisations, viewer.username],
    );
  }
}
