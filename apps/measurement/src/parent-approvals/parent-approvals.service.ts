import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ListParentApprovalsQuery, ParentApprovalItem, SubmissionDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { organisationAncestors } from '@samvirke/directory';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { SubmissionAnnouncements } from '../submissions/submission-announcements.js';
import { submissionPeriod } from '../submissions/submission-context.store.js';
import { actorName, checkUnlocked, readsEveryone, type Where } from '../submissions/submission-workflow.js';
import {
  latestSubmission,
  readSubmission,
  recordDecision,
  submissionSummary,
  type ResponseOptions,
} from '../submissions/submissions.store.js';
import {
  checkAwaitingFirstLevel,
  firstLevelDecider,
  parentApprovedEvent,
  queueReaders,
  visibleItems,
} from './parent-approvals.rules.js';
import { isParentApproved, parentApprovalQueue, recordParentApproval } from './parent-approvals.store.js';

/**
 * The first of two approvals of a sub-unit's submission: the municipality (or forvaltning) above
 * it approves, and the version waits for the backbone; or returns it, and the sub-unit corrects it.
 */
@Injectable()
export class ParentApprovalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeasurementProgrammeAccess,
    private readonly announcements: SubmissionAnnouncements,
    private readonly outbox: EventOutbox,
  ) {}

  async approve(principal: Principal, where: Where, options: ResponseOptions = {}): Promise<SubmissionDto> {
    return this.dataSource.transaction(async (manager) => {
      const { latest, period, decider } = await this.firstLevel(manager, principal, where);
      await recordParentApproval(manager, latest.id, { organisationId: decider, by: actorName(principal) });
      const summary = await submissionSummary(manager, latest.id);
      await this.outbox.recordAll(manager, [
        parentApprovedEvent(where, latest, period, summary.codes, decider),
      ]);
      return readSubmission(manager, where, latest.id, options, summary);
    });
  }

  /** A return at the first level is the submission's return: the sub-unit corrects it as after the backbone's. */
  async giveBack(
    principal: Principal,
    where: Where,
    comment: string,
    options: ResponseOptions = {},
  ): Promise<SubmissionDto> {
    return this.dataSource.transaction(async (manager) => {
      const { latest, period } = await this.firstLevel(manager, principal, where);
      await recordDecision(manager, latest.id, { status: 'returned', by: actorName(principal), comment });
      const summary = await submissionSummary(manager, latest.id);
      await this.announcements.statusChanged(manager, where, latest.id, period, summary.codes);
      return readSubmission(manager, where, latest.id, options, summary);
    });
  }

  /**
   * The queue: the backbone and platform admins see every sub-unit's; a member reporter the
   * sub-units below their organisations. A caller who cannot see the programme gets its 404.
   */
  async list(
    principal: Principal,
    programmeId: string,
    query: ListParentApprovalsQuery,
  ): Promise<ParentApprovalItem[]> {
    const roles = await this.access.view(principal, programmeId);
    const readers = queueReaders(principal, readsEveryone(principal, roles));
    return visibleItems(await parentApprovalQueue(this.dataSource.manager, programmeId, query), readers);
  }

  private async firstLevel(manager: EntityManager, principal: Principal, where: Where) {
    await this.access.view(principal, where.programmeId, manager);
    const current = await submissionPeriod(manager, where, true);
    if (!current)
      throw new DomainError('not-found', `No reporting period ${where.periodId} in this programme.`);
    const decider = firstLevelDecider(principal, await organisationAncestors(manager, where.organisationId));
    checkUnlocked(current);
    const latest = await latestSubmission(manager, where, true);
    const state = latest && { ...latest, parentApproved: await isParentApproved(manager, latest.id) };
    checkAwaitingFirstLevel(state);
    return { latest: state, period: current.period, decider };
  }
}
