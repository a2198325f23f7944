import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  applicationSubmittedV1,
  type ApplicationDto,
  type ApplicationStatus,
  type OwnApplicationDto,
  type SaveApplication,
  type StartApplication,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { GrantsAccess, isAdmin } from '../access/grants-access.js';
import { CallsStore, type CallRow } from '../calls/calls.store.js';
import { FormsService } from '../forms/forms.service.js';
import { partnerSubmitErrors } from '../joint/joint.rules.js';
import {
  applicationSubmittedEvent,
  completenessErrors,
  goalErrors,
  requireCallTakes,
  requireDecidable,
  requireEligibleApplicant,
  requireNoActiveApplication,
  requireNotCallFunder,
  requireOwnApplicant,
} from './applications.rules.js';
import {
  applicationNotFound,
  ApplicationsStore,
  toApplicationDto,
  toOwnApplicationDto,
  type ApplicationRow,
} from './applications.store.js';

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
    private readonly forms: FormsService,
  ) {}

  async start(principal: Principal, callId: string, command: StartApplication): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const store = new ApplicationsStore(manager);
      const call = await new CallsStore(manager).load(callId);
      const applicant = command.applicantOrganisationId;
      requireOwnApplicant(principal.organisations, applicant);
      requireCallTakes('start', call);
      requireNotCallFunder(call.funder_organisation_id, applicant);
      requireEligibleApplicant(call.eligible_types, await store.organisationType(applicant));
      requireNoActiveApplication(await store.activeApplicationId(callId, applicant));
      await this.checkGoals(manager, call.programme_id, command);
      const checked = await this.forms.checkDraft(
        manager,
        { callId, applicationId: null, answers: {} },
        command,
      );
      const id = randomUUID();
      await store.insertDraft(id, call, applicant, principal.subject);
      await store.saveFields(id, command, checked);
      return store.dto(id);
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
      const checked = await this.forms.checkDraft(
        manager,
        { callId: row.call_id, applicationId, answers: row.answers },
        command,
      );
      const store = new ApplicationsStore(manager);
      await store.saveFields(applicationId, command, checked);
      return store.dto(applicationId);
    });
  }

  async submit(principal: Principal, applicationId: string): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.own(manager, principal, applicationId);
      if (row.status !== 'draft')
        throw new DomainError('conflict', `The application is ${row.status} already.`);
      requireCallTakes('submit', await new CallsStore(manager).load(row.call_id));
      const dto = toApplicationDto(row);
      const errors = [
        ...completenessErrors(dto),
        ...partnerSubmitErrors(dto.partners, dto.requestedAmountOre),
      ];
      if (errors.length) throw new ValidationFailed(errors, 'The application is not complete.');
      const form = await this.forms.checkSubmission(manager, {
        callId: row.call_id,
        applicationId,
        answers: row.answers,
      });
      const store = new ApplicationsStore(manager);
      await store.markSubmitted(applicationId, form);
      const submitted = await store.dto(applicationId);
      await this.outbox.record(manager, applicationSubmittedV1, applicationSubmittedEvent(submitted), {
        subject: submitted.programmeId,
        programmeId: submitted.programmeId,
      });
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
      const row = await new ApplicationsStore(manager).load(applicationId, true);
      await this.manage(manager, principal, row);
      return this.decide(manager, row, 'rejected', reason, ['submitted', 'under-review']);
    });
  }

  async get(principal: Principal, applicationId: string): Promise<ApplicationDto> {
    const manager = this.dataSource.manager;
    const row = await new ApplicationsStore(manager).load(applicationId);
    if (!(await this.canSee(manager, principal, row))) throw applicationNotFound(applicationId);
    return toApplicationDto(row);
  }

  /** The caller's organisations' own applications in every call, drafts included: "Mine ansøgninger". */
  async listOwn(principal: Principal): Promise<OwnApplicationDto[]> {
    const rows = await new ApplicationsStore(this.dataSource.manager).ofOrganisations(
      principal.organisations,
    );
    return rows.map(toOwnApplicationDto);
  }

  /** The call's foundation sees every submitted application; others their own and those assigned to them. */
  async listForCall(principal: Principal, callId: string): Promise<ApplicationDto[]> {
    const manager = this.dataSource.manager;
    const call = await new CallsStore(manager).load(callId);
    const funder =
      isAdmin(principal) ||
      (await this.access.funderOrganisations(manager, principal, call.programme_id)).includes(
        call.funder_organisation_id,
      );
    const rows = await new ApplicationsStore(manager).visibleInCall(callId, {
      funder,
      organisations: principal.organisations,
      username: principal.username ?? '',
    });
    return rows.map(toApplicationDto);
  }

  /** Applicants see their own; the call's foundation (once submitted) and assigned reviewers theirs. */
  async canSee(manager: EntityManager, principal: Principal, row: ApplicationRow): Promise<boolean> {
    if (principal.organisations.includes(row.applicant_organisation_id) || isAdmin(principal)) return true;
    if (row.partners.some((partner) => principal.organisations.includes(partner.organisationId))) return true;
    if (row.status !== 'draft') {
      const call = await new CallsStore(manager).load(row.call_id);
      const mine = await this.access.funderOrganisations(manager, principal, row.programme_id);
      if (mine.includes(call.funder_organisation_id)) return true;
    }
    return new ApplicationsStore(manager).isAssignedReviewer(row.id, principal.username ?? '');
  }

  /** The call's foundation (or a platform admin) decides on the application. */
  async manage(manager: EntityManager, principal: Principal, row: ApplicationRow): Promise<CallRow> {
    const call = await new CallsStore(manager).load(row.call_id);
    if (!(await this.canSee(manager, principal, row))) throw applicationNotFound(row.id);
    await this.access.requireFunderOfficer(manager, principal, row.programme_id, call.funder_organisation_id);
    return call;
  }

  private async own(
    manager: EntityManager,
    principal: Principal,
    applicationId: string,
  ): Promise<ApplicationRow> {
    const row = await new ApplicationsStore(manager).load(applicationId, true);
    if (!principal.organisations.includes(row.applicant_organisation_id))
      throw applicationNotFound(applicationId);
    return row;
  }

  private async decide(
    manager: EntityManager,
    row: ApplicationRow,
    status: ApplicationStatus,
    reason: string | null,
    from: ApplicationStatus[],
  ): Promise<ApplicationDto> {
    const store = new ApplicationsStore(manager);
    requireDecidable(row.status, status, from, await store.hasPendingAward(row.id));
    await store.decide(row.id, status, reason);
    return store.dto(row.id);
  }

  private async checkGoals(
    manager: EntityManager,
    programmeId: string,
    command: SaveApplication,
  ): Promise<void> {
    if (!command.goalIds?.length) return;
    const programme = await this.access.programme(manager, programmeId);
    const errors = goalErrors(command.goalIds, programme.goal_ids);
    if (errors.length) throw new ValidationFailed(errors);
  }
}
