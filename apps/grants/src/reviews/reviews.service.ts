import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import {
  applicationReviewedV1,
  type ApplicationReviewsDto,
  type AssignReviewer,
  type ProblemFieldError,
  type ReviewDto,
  type SubmitReview,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { iso } from '../access/grants-access.js';
import { loadApplication } from '../applications/application-row.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { loadCall } from '../calls/grant-call-row.js';
import { isKnownUser } from './known-users.js';

interface AssignmentRow {
  id: string;
  application_id: string;
  reviewer_username: string;
  status: ReviewDto['status'];
  conflict_reason: string | null;
  scores: { criterionId: string; score: number }[] | null;
  comment: string | null;
  weighted_score: string | null;
  completed_at: Date | null;
}

function toDto(row: AssignmentRow): ReviewDto {
  return {
    id: row.id,
    applicationId: row.application_id,
    reviewerUsername: row.reviewer_username,
    status: row.status,
    conflictReason: row.conflict_reason,
    scores: row.scores,
    comment: row.comment,
    weightedScore: row.weighted_score === null ? null : Number(row.weighted_score),
    completedAt: iso(row.completed_at),
  };
}

/** Weighted score on 0-100: each criterion's 0-10 score weighted by its weight. */
export function weightedScore(
  criteria: { id: string; weight: number }[],
  scores: { criterionId: string; score: number }[],
): number {
  const byId = new Map(scores.map((score) => [score.criterionId, score.score]));
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const points = criteria.reduce(
    (sum, criterion) => sum + criterion.weight * (byId.get(criterion.id) ?? 0),
    0,
  );
  return Math.round((points / (total * 10)) * 10_000) / 100;
}

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
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await loadApplication(manager, applicationId, true);
        await this.applications.manage(manager, principal, row);
        if (row.status !== 'submitted' && row.status !== 'under-review') {
          throw new DomainError(
            'conflict',
            `The application is ${row.status}; only submitted ones are reviewed.`,
          );
        }
        if (!(await isKnownUser(manager, command.reviewerUsername))) {
          throw new ValidationFailed(
            [{ pointer: '/reviewerUsername', detail: 'nobody with this username has signed in to Samvirke' }],
            `There is no user ${command.reviewerUsername}.`,
          );
        }
        const id = randomUUID();
        await manager.query(
          `INSERT INTO review_assignment (id, application_id, reviewer_username, status, assigned_by)
           VALUES ($1, $2, $3, 'assigned', $4)`,
          [id, applicationId, command.reviewerUsername, principal.subject],
        );
        await manager.query(
          `UPDATE application SET status = 'under-review', updated_at = now() WHERE id = $1 AND status = 'submitted'`,
          [applicationId],
        );
        return toDto(await this.load(manager, applicationId, command.reviewerUsername));
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError('conflict', `${command.reviewerUsername} is assigned already.`, [
          { pointer: '/reviewerUsername', detail: 'assigned already' },
        ]);
      }
      throw error;
    }
  }

  async declareConflict(principal: Principal, applicationId: string, reason: string): Promise<ReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.mine(manager, principal, applicationId);
      if (assignment.status === 'completed') {
        throw new DomainError('conflict', 'You reviewed this application already.');
      }
      await manager.query(
        `UPDATE review_assignment SET status = 'conflicted', conflict_reason = $2 WHERE id = $1`,
        [assignment.id, reason],
      );
      return toDto(await this.load(manager, applicationId, assignment.reviewer_username));
    });
  }

  async review(principal: Principal, applicationId: string, command: SubmitReview): Promise<ReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.mine(manager, principal, applicationId);
      const row = await loadApplication(manager, applicationId, true);
      if (principal.organisations.includes(row.applicant_organisation_id)) {
        throw new DomainError(
          'conflict',
          "A reviewer from the applicant's own organisation cannot review it.",
        );
      }
      if (assignment.status === 'conflicted') {
        throw new DomainError(
          'conflict',
          'You declared a conflict of interest; you cannot review this application.',
        );
      }
      if (row.status !== 'under-review') {
        throw new DomainError('conflict', `The application is ${row.status}; it is no longer under review.`);
      }
      const call = await loadCall(manager, row.call_id);
      const errors = scoreErrors(call.criteria, command.scores);
      if (errors.length) throw new ValidationFailed(errors);
      const score = weightedScore(call.criteria, command.scores);
      await manager.query(
        `UPDATE review_assignment SET status = 'completed', scores = $2, comment = $3, weighted_score = $4, completed_at = now()
          WHERE id = $1`,
        [assignment.id, JSON.stringify(command.scores), command.comment, score],
      );
      const summary = await this.summary(manager, applicationId);
      await this.outbox.record(
        manager,
        applicationReviewedV1,
        {
          applicationId,
          reviewId: assignment.id,
          callId: row.call_id,
          programmeId: row.programme_id,
          applicantOrganisationId: row.applicant_organisation_id,
          weightedScore: score,
          aggregateScore: summary.aggregateScore ?? score,
          completedReviews: summary.completedReviews,
        },
        { subject: row.programme_id, programmeId: row.programme_id },
      );
      return toDto(await this.load(manager, applicationId, assignment.reviewer_username));
    });
  }

  /** The call's foundation sees every review and the aggregate; a reviewer only their own. */
  async list(principal: Principal, applicationId: string): Promise<ApplicationReviewsDto> {
    const manager = this.dataSource.manager;
    const row = await loadApplication(manager, applicationId);
    let managing = true;
    try {
      await this.applications.manage(manager, principal, row);
    } catch {
      managing = false;
    }
    const summary = await this.summary(manager, applicationId);
    if (managing) return summary;
    const own = summary.reviews.filter((review) => review.reviewerUsername === principal.username);
    if (own.length === 0)
      throw new DomainError('not-found', `No reviews of ${applicationId} that you can see.`);
    return { ...summary, aggregateScore: null, completedReviews: 0, reviews: own };
  }

  private async summary(manager: EntityManager, applicationId: string): Promise<ApplicationReviewsDto> {
    const rows = await manager.query<AssignmentRow[]>(
      `SELECT * FROM review_assignment WHERE application_id = $1 ORDER BY assigned_at, id`,
      [applicationId],
    );
    const reviews = rows.map(toDto);
    const scores = reviews.flatMap((review) => (review.weightedScore === null ? [] : [review.weightedScore]));
    return {
      applicationId,
      aggregateScore: scores.length
        ? Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100) / 100
        : null,
      completedReviews: scores.length,
      reviews,
    };
  }

  private async mine(
    manager: EntityManager,
    principal: Principal,
    applicationId: string,
  ): Promise<AssignmentRow> {
    const [row] = await manager.query<AssignmentRow[]>(
      `SELECT * FROM review_assignment WHERE application_id = $1 AND reviewer_username = $2 FOR UPDATE`,
      [applicationId, principal.username ?? ''],
    );
    if (!row) throw new DomainError('forbidden', 'You are not assigned to review this application.');
    return row;
  }

  private async load(
    manager: EntityManager,
    applicationId: string,
    username: string,
  ): Promise<AssignmentRow> {
    const [row] = await manager.query<AssignmentRow[]>(
      `SELECT * FROM review_assignment WHERE application_id = $1 AND reviewer_username = $2`,
      [applicationId, username],
    );
    if (!row) throw new Error('assignment vanished');
    return row;
  }
}

/** Every criterion of the call scored exactly once, and nothing else. */
function scoreErrors(
  criteria: { id: string }[],
  scores: { criterionId: string; score: number }[],
): ProblemFieldError[] {
  const known = new Set(criteria.map((criterion) => criterion.id));
  const seen = new Set<string>();
  const errors: ProblemFieldError[] = [];
  scores.forEach((score, index) => {
    if (!known.has(score.criterionId))
      errors.push({ pointer: `/scores/${index}/criterionId`, detail: 'not a criterion of this call' });
    else if (seen.has(score.criterionId))
      errors.push({ pointer: `/scores/${index}/criterionId`, detail: 'scored twice' });
    seen.add(score.criterionId);
  });
  for (const criterion of criteria)
    if (!seen.has(criterion.id))
      errors.push({ pointer: '/scores', detail: `criterion ${criterion.id} is not scored` });
  return errors;
}
