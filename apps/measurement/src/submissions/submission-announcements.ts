import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventOutbox } from '@samvirke/messaging';
import { ProgressProjection } from '../progress/progress.projection.js';
import { progressEvent, statusEvent, type Where } from './submission-workflow.js';
import { submissionRow } from './submissions.store.js';

/**
 * What a version's new status sets off, in the transaction that changed it: its event (submitted,
 * approved or returned), and for an approval the progress it changes and the event that says so.
 */
@Injectable()
export class SubmissionAnnouncements {
  constructor(
    private readonly outbox: EventOutbox,
    private readonly progress: ProgressProjection,
  ) {}

  async statusChanged(
    manager: EntityManager,
    where: Where,
    submissionId: string,
    period: string,
    indicatorCodes: string[],
  ): Promise<void> {
    const row = await submissionRow(manager, submissionId);
    await this.outbox.recordAll(manager, [statusEvent(where, row, period, indicatorCodes)]);
    if (row.status !== 'approved') return;
    const approval = { ...where, period, submissionId };
    const changed = await this.progress.applyApproval(manager, approval);
    await this.outbox.recordAll(manager, [progressEvent(where, period, changed, submissionId)]);
  }
}
