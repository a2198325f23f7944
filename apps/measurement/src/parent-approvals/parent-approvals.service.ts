import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ListParentApprovalsQuery, ParentApprovalItem, SubmissionDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { organisationAncestors } from '@samvirke/directory';
import { EventOutbox } from '@samvirke/messaging';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { SubmissionDecisions } from '../submissions/submission-decisions.js';
import { actorName, readsEveryone, type Where } from '../submissions/submission-workflow.js';
import { readSubmission, submissionSummary, type ResponseOptions } from '../submissions/submissions.store.js';
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
    private readonly decisions: SubmissionDecisions,
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
      const target = { where, period, submissionId: latest.id };
      return this.decisions.record(manager, principal, target, { status: 'returned', comment }, options);
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
    const { latest, period, decider } = await this.decisions.context(manager, where, async () =>
      firstLevelDecider(principal, await organisationAncestors(manager, where.organisationId)),
    );
    const state = latest && { ...latest, parentApproved: await isParentApproved(manager, latest.id) };
    checkAwaitingFirstLevel(state);
    return { latest: state, period, decider };
  }
}
