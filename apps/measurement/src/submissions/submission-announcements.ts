import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SubmissionSubmittedV1 } from '@samvirke/contracts';
import { organisationAncestors } from '@samvirke/directory';
import { EventOutbox, type PendingEvent } from '@samvirke/messaging';
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
    const event = statusEvent(where, row, period, indicatorCodes);
    await this.outbox.recordAll(manager, [await withFirstApprovers(manager, event, row.status)]);
    if (row.status !== 'approved') return;
    const approval = { ...where, period, submissionId };
    const changed = await this.progress.applyApproval(manager, approval);
    await this.outbox.recordAll(manager, [progressEvent(where, period, changed, submissionId)]);
  }
}

/** A sub-unit's submission names the organisations above it, whose reporters approve it first. */
async function withFirstApprovers(
  manager: EntityManager,
  event: PendingEvent,
  status: string,
): Promise<PendingEvent> {
  if (status !== 'submitted') return event;
  const data = event.data as SubmissionSubmittedV1;
  const above = await organisationAncestors(manager, data.organisationId);
  if (!above.length) return event;
  const withApprovers: SubmissionSubmittedV1 = { ...data, firstApproverOrganisationIds: above };
  return { ...event, data: withApprovers };
}
