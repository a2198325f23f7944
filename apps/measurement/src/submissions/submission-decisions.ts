import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@samvirke/auth';
import type { SubmissionDto } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { SubmissionAnnouncements } from './submission-announcements.js';
import { submissionPeriod } from './submission-context.store.js';
import { actorName, checkUnlocked, type Decision, type Where } from './submission-workflow.js';
import {
  latestSubmission,
  readSubmission,
  recordDecision,
  submissionSummary,
  type ResponseOptions,
  type SubmissionRow,
} from './submissions.store.js';

/** What a decision on an organisation's latest version stands on, read in the deciding transaction. */
export interface DecisionContext<D> {
  /** The reporting period's name, e.g. `2025-Q1`. */
  readonly period: string;
  readonly latest: SubmissionRow | undefined;
  /** What `decider` answered: who decides, where that depends on the caller. */
  readonly decider: D;
}

/**
 * The one decision path of the backbone's approval and the first level's (parent-approvals/): read
 * the period (404 when the programme has none such), ask who decides, refuse a locked period, take
 * the latest version; then record the decision, announce it and read the version back.
 */
@Injectable()
export class SubmissionDecisions {
  constructor(private readonly announcements: SubmissionAnnouncements) {}

  /** The period and latest version, both locked for share; `decider` runs once the period is known. */
  async context<D = undefined>(
    manager: EntityManager,
    where: Where,
    decider: () => D | Promise<D> = () => undefined as D,
  ): Promise<DecisionContext<D>> {
    const current = await submissionPeriod(manager, where, true);
    if (!current)
      throw new DomainError('not-found', `No reporting period ${where.periodId} in this programme.`);
    const decides = await decider();
    checkUnlocked(current);
    const latest = await latestSubmission(manager, where, true);
    return { period: current.period, latest, decider: decides };
  }

  /** Records the decision on the version, announces its new status and answers with it. */
  async record(
    manager: EntityManager,
    principal: Principal,
    target: { readonly where: Where; readonly period: string; readonly submissionId: string },
    decision: Decision,
    options: ResponseOptions = {},
  ): Promise<SubmissionDto> {
    const { where, period, submissionId } = target;
    await recordDecision(manager, submissionId, {
      status: decision.status,
      by: actorName(principal),
      comment: decision.status === 'returned' ? decision.comment : null,
    });
    const summary = await submissionSummary(manager, submissionId);
    await this.announcements.statusChanged(manager, where, submissionId, period, summary.codes);
    return readSubmission(manager, where, submissionId, options, summary);
  }
}
