import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  applicationSubmittedV1,
  type ApplicationDto,
  type ApplicationStatus,
  type ProblemFieldError,
  type SaveApplication,
  type StartApplication,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { GrantsAccess, isAdmin } from '../access/grants-access.js';
import { callStatus, loadCall, type CallRow } from '../calls/grant-call-row.js';
import { loadApplication, toApplicationDto, type ApplicationRow } from './application-row.js';

/**
 * Applications to a grant call: a draft saved as the applicant goes, submitted only while the call
 * is open, then under review and decided (awarded, rejected) or withdrawn by the applicant.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
  ) {}

  async start(principal: Principal, callId: string, command: StartApplication): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await loadCall(manager, callId);
      if (!principal.organisations.includes(command.applicantOrganisationId)) {
        throw new DomainError('forbidden', 'You apply only on behalf of your own organisation.', [
          { pointer: '/applicantOrganisationId', detail: 'not one of your organisations' },
        ]);
      }
      if (callStatus(call) === 'closed') {
        throw new DomainError('conflict', `The call closed at ${call.closes_at.toISOString()}.`);
      }
      const [organisation] = await manager.query<{ type: string }[]>(
        `SELECT type FROM known_organisation WHERE id = $1 AND NOT archived`,
        [command.applicantOrganisationId],
      );
      if (!organisation || !(call.eligible_types as string[]).includes(organisation.type)) {
        throw new ValidationFailed([
          {
            pointer: '/applicantOrganisationId',
            detail: `only ${call.eligible_types.join(', ')} organisations may apply to this call`,
          },
        ]);
      }
      const [existing] = await manager.query<{ id: string }[]>(
        `SELECT id FROM application WHERE call_id = $1 AND applicant_organisation_id = $2 AND status <> 'withdrawn'`,
        [callId, command.applicantOrganisationId],
      );
      if (existing) {
        throw new DomainError(
          'conflict',
          `Your organisation has application ${existing.id} in this call already.`,
        );
      }
      await this.checkGoals(manager, call.programme_id, command);
      const id = randomUUID();
      await manager.query(
        `INSERT INTO application (id, call_id, programme_id, applicant_organisation_id, status, created_by)
         VALUES ($1, $2, $3, $4, 'draft', $5)`,
        [id, callId, call.programme_id, command.applicantOrganisationId, principal.subject],
      );
      await this.write(manager, id, command);
      return toApplicationDto(await loadApplication(manager, id));
    });
  }

  /** Saves the fields given; a draft is editable until it is submitted. */
  async save(principal: Principal, applicationId: string, command: SaveApplication): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.own(manager, principal, applicationId);
      if (row.status !== 'draft') {
        throw new DomainError(
          'conflict',
          `The application is ${row.status}; it was editable until submitted.`,
        );
      }
      await this.checkGoals(manager, row.programme_id, command);
      await this.write(manager, applicationId, command);
      return toApplicationDto(await loadApplication(manager, applicationId));
    });
  }

  async submit(principal: Principal, applicationId: string): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.own(manager, principal, applicationId);
      if (row.status !== 'draft')
        throw new DomainError('conflict', `The application is ${row.status} already.`);
      const call = await loadCall(manager, row.call_id);
      const status = callStatus(call);
      if (status !== 'open') {
        throw new DomainError(
          'conflict',
          status === 'closed'
            ? `The call closed at ${call.closes_at.toISOString()}; it takes no more applications.`
            : `The call opens at ${call.opens_at.toISOString()}.`,
        );
      }
      const errors = completeness(row);
      if (errors.length) throw new ValidationFailed(errors, 'The application is not complete.');
      await manager.query(
        `UPDATE application SET status = 'submitted', submitted_at = now(), updated_at = now() WHERE id = $1`,
        [applicationId],
      );
      const submitted = toApplicationDto(await loadApplication(manager, applicationId));
      await this.outbox.record(
        manager,
        applicationSubmittedV1,
        {
          applicationId,
          callId: submitted.callId,
          programmeId: submitted.programmeId,
          applicantOrganisationId: submitted.applicantOrganisationId,
          requestedAmountOre: submitted.requestedAmountOre ?? 0,
          submittedAt: submitted.submittedAt ?? new Date().toISOString(),
        },
        { subject: submitted.programmeId, programmeId: submitted.programmeId },
      );
      return submitted;
    });
  }

  async withdraw(principal: Principal, applicationId: string): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.own(manager, principal, applicationId);
      return this.decide(manager, row, 'withdrawn', null, ['draft', 'submitted', 'under-review']);
    });
  }

  async reject(principal: Principal, applicationId: string, reason: string): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await loadApplication(manager, applicationId, true);
      await this.manage(manager, principal, row);
      return this.decide(manager, row, 'rejected', reason, ['submitted', 'under-review']);
    });
  }

  async get(principal: Principal, applicationId: string): Promise<ApplicationDto> {
    const manager = this.dataSource.manager;
    const row = await loadApplication(manager, applicationId);
    if (!(await this.canSee(manager, principal, row))) {
      throw new DomainError('not-found', `No application ${applicationId} that you can see.`);
    }
    return toApplicationDto(row);
  }

  /** The call's foundation sees every submitted application; others their own and those assigned to them. */
  async listForCall(principal: Principal, callId: string): Promise<ApplicationDto[]> {
    const manager = this.dataSource.manager;
    const call = await loadCall(manager, callId);
    const funder =
      isAdmin(principal) ||
      (await this.access.funderOrganisations(manager, principal, call.programme_id)).includes(
        call.funder_organisation_id,
      );
    const rows = await manager.query<ApplicationRow[]>(
      `SELECT a.* FROM application a
        WHERE a.call_id = $1
          AND (($2 AND a.status <> 'draft') OR a.applicant_organisation_id = ANY($3::uuid[])
               OR EXISTS (SELECT 1 FROM review_assignment r WHERE r.application_id = a.id AND r.reviewer_username = $4))
        ORDER BY a.created_at, a.id`,
      [callId, funder, principal.organisations, principal.username ?? ''],
    );
    return rows.map(toApplicationDto);
  }

  /** Applicants see their own; the call's foundation (once submitted) and assigned reviewers theirs. */
  async canSee(manager: EntityManager, principal: Principal, row: ApplicationRow): Promise<boolean> {
    if (principal.organisations.includes(row.applicant_organisation_id) || isAdmin(principal)) return true;
    if (row.status !== 'draft') {
      const call = await loadCall(manager, row.call_id);
      const mine = await this.access.funderOrganisations(manager, principal, row.programme_id);
      if (mine.includes(call.funder_organisation_id)) return true;
    }
    const assigned = await manager.query<unknown[]>(
      `SELECT 1 FROM review_assignment WHERE application_id = $1 AND reviewer_username = $2`,
      [row.id, principal.username ?? ''],
    );
    return assigned.length > 0;
  }

  /** The call's foundation (or a platform admin) decides on the application. */
  async manage(manager: EntityManager, principal: Principal, row: ApplicationRow): Promise<CallRow> {
    const call = await loadCall(manager, row.call_id);
    if (!(await this.canSee(manager, principal, row))) {
      throw new DomainError('not-found', `No application ${row.id} that you can see.`);
    }
    await this.access.requireFunderOfficer(manager, principal, row.programme_id, call.funder_organisation_id);
    return call;
  }

  private async own(
    manager: EntityManager,
    principal: Principal,
    applicationId: string,
  ): Promise<ApplicationRow> {
    const row = await loadApplication(manager, applicationId, true);
    if (!principal.organisations.includes(row.applicant_organisation_id)) {
      throw new DomainError('not-found', `No application ${applicationId} that you can see.`);
    }
    return row;
  }

  private async decide(
    manager: EntityManager,
    row: ApplicationRow,
    status: ApplicationStatus,
    reason: string | null,
    from: ApplicationStatus[],
  ): Promise<ApplicationDto> {
    if (!from.includes(row.status)) {
      throw new DomainError('conflict', `The application is ${row.status}; it cannot become ${status}.`);
    }
    // An award waiting for its co-funders is answered first, so it can never be made afterwards.
    const [pending] = await manager.query<unknown[]>(
      `SELECT 1 FROM award WHERE application_id = $1 AND status = 'pending'`,
      [row.id],
    );
    if (pending)
      throw new DomainError(
        'conflict',
        `An award of this application awaits its co-funders' confirmation; it cannot become ${status} before.`,
      );
    await manager.query(
      `UPDATE application SET status = $2, decided_at = now(), updated_at = now(), decision_reason = $3 WHERE id = $1`,
      [row.id, status, reason],
    );
    return toApplicationDto(await loadApplication(manager, row.id));
  }

  private async checkGoals(
    manager: EntityManager,
    programmeId: string,
    command: SaveApplication,
  ): Promise<void> {
    if (!command.goalIds?.length) return;
    const programme = await this.access.programme(manager, programmeId);
    const errors = command.goalIds.flatMap((goalId, index) =>
      programme.goal_ids.includes(goalId)
        ? []
        : [{ pointer: `/goalIds/${index}`, detail: 'not a goal of the programme' }],
    );
    if (errors.length) throw new ValidationFailed(errors);
  }

  private async write(manager: EntityManager, id: string, command: SaveApplication): Promise<void> {
    await manager.query(
      `UPDATE application SET title = coalesce($2, title), description = coalesce($3, description),
              requested_amount_ore = coalesce($4, requested_amount_ore), budget_lines = coalesce($5, budget_lines),
              goal_ids = coalesce($6, goal_ids), updated_at = now()
        WHERE id = $1`,
      [
        id,
        command.title ?? null,
        command.description ?? null,
        command.requestedAmountOre ?? null,
        command.budgetLines ? JSON.stringify(command.budgetLines) : null,
        command.goalIds ?? null,
      ],
    );
  }
}

/** What a submitted application must have: every field, and budget lines that add up to the request. */
function completeness(row: ApplicationRow): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  if (!row.title.trim()) errors.push({ pointer: '/title', detail: 'required to submit' });
  if (!row.description.trim()) errors.push({ pointer: '/description', detail: 'required to submit' });
  if (row.requested_amount_ore === null)
    errors.push({ pointer: '/requestedAmountOre', detail: 'required to submit' });
  if (row.budget_lines.length === 0)
    errors.push({ pointer: '/budgetLines', detail: 'at least one line to submit' });
  else if (row.requested_amount_ore !== null) {
    const sum = row.budget_lines.reduce((total, line) => total + line.amountOre, 0);
    if (sum !== Number(row.requested_amount_ore))
      errors.push({
        pointer: '/budgetLines',
        detail: `the lines sum to ${sum} øre, the requested amount is ${row.requested_amount_ore} øre`,
      });
  }
  return errors;
}
