import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  applicationReviewedV1,
  type ApplicationReviewsDto,
  type AssignReviewer,
  type ReviewDto,
  type ReviewerCandidateDto,
  type SubmitReview,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApplicationsStore } from '../applications/applications.store.js';
import { CallsStore } from '../calls/calls.store.js';
import {
  applicationReviewedEvent,
  requireAssignable,
  requireReviewable,
  reviewerCandidates,
  reviewerView,
  reviewSummary,
  scoreErrors,
  weightedScore,
} from './reviews.rules.js';
import { ReviewsStore, type AssignmentRow } from './reviews.store.js';

/**
 * Reviews: the call's foundation assigns reviewers (by username); an assigned reviewer scores each
 * criterion or declares a conflict. Nobody from the applicant's organisation, and nobody who
 * declared a conflict, may review it.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly applications: ApplicationsService,
  ) {}

  async assign(principal: Principal, applicationId: string, command: AssignReviewer): Promise<ReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await new ApplicationsStore(manager).load(applicationId, true);
      await this.applications.manage(manager, principal, row);
      const store = new ReviewsStore(manager);
      const username = command.reviewerUsername;
      requireAssignable(row.status, username, await store.isKnownUser(username));
      await store.assign(randomUUID(), applicationId, username, principal.subject);
      return store.review(applicationId, username);
    });
  }

  /** The programme's people whom the call's foundation may assign to review the application. */
  async candidates(principal: Principal, applicationId: string): Promise<ReviewerCandidateDto[]> {
    const manager = this.dataSource.manager;
    const row = await new ApplicationsStore(manager).load(applicationId);
    await this.applications.manage(manager, principal, row);
    const people = await new ReviewsStore(manager).programmePeople(row.programme_id, applicationId);
    return reviewerCandidates(people, row.applicant_organisation_id);
  }

  async declareConflict(principal: Principal, applicationId: string, reason: string): Promise<ReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.mine(manager, principal, applicationId);
      if (assignment.status === 'completed') {
        throw new DomainError('conflict', 'You reviewed this application already.');
      }
      const store = new ReviewsStore(manager);
      await store.declareConflict(assignment.id, reason);
      return store.review(applicationId, assignment.reviewer_username);
    });
  }

  async review(principal: Principal, applicationId: string, command: SubmitReview): Promise<ReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.mine(manager, principal, applicationId);
      const row = await new ApplicationsStore(manager).load(applicationId, true);
      requireReviewable(
        { organisations: principal.organisations, assignment: assignment.status },
        { status: row.status, applicantOrganisationId: row.applicant_organisation_id },
      );
      const { criteria } = await new CallsStore(manager).load(row.call_id);
      const errors = scoreErrors(criteria, command.scores);
      if (errors.length) throw new ValidationFailed(errors);
      const score = weightedScore(criteria, command.scores);
      const store = new ReviewsStore(manager);
      await store.complete(assignment.id, command, score);
      const summary = reviewSummary(applicationId, await store.ofApplication(applicationId));
      await this.outbox.record(
        manager,
        applicationReviewedV1,
        applicationReviewedEvent(row, assignment.id, score, summary),
        { subject: row.programme_id, programmeId: row.programme_id },
      );
      return store.review(applicationId, assignment.reviewer_username);
    });
  }

  /** The call's foundation sees every review and the aggregate; a reviewer only their own. */
  async list(principal: Principal, applicationId: string): Promise<ApplicationReviewsDto> {
    const manager = this.dataSource.manager;
    const row = await new ApplicationsStore(manager).load(applicationId);
    let managing = true;
    try {
      await this.applications.manage(manager, principal, row);
    } catch {
      managing = false;
    }
    const summary = reviewSummary(
      applicationId,
      await new ReviewsStore(manager).ofApplication(applicationId),
    );
    return managing ? summary : reviewerView(summary, principal.username);
  }

  /** The caller's own assignment to the application, locked; 403 if they are not assigned. */
  private async mine(
    manager: EntityManager,
    principal: Principal,
    applicationId: string,
  ): Promise<AssignmentRow> {
    const row = await new ReviewsStore(manager).assignment(applicationId, principal.username ?? '', true);
    if (!row) throw new DomainError('forbidden', 'You are not assigned to review this application.');
    return row;
  }
}
