import type {
  ApplicationReviewedV1,
  ApplicationReviewsDto,
  ApplicationStatus,
  ProblemFieldError,
  ReviewDto,
  ReviewerCandidateDto,
} from '@samvirke/contracts';
import { DomainError, ValidationFailed } from '@samvirke/platform';

type Score = { criterionId: string; score: number };

/** Weighted score on 0-100: each criterion's 0-10 score weighted by its weight. */
export function weightedScore(criteria: { id: string; weight: number }[], scores: Score[]): number {
  const byId = new Map(scores.map((score) => [score.criterionId, score.score]));
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const points = criteria.reduce(
    (sum, criterion) => sum + criterion.weight * (byId.get(criterion.id) ?? 0),
    0,
  );
  return Math.round((points / (total * 10)) * 10_000) / 100;
}

/** Every criterion of the call scored exactly once, and nothing else. */
export function scoreErrors(criteria: { id: string }[], scores: Score[]): ProblemFieldError[] {
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

/** The reviews of an application with their aggregate: the mean of the completed reviews' scores. */
export function reviewSummary(applicationId: string, reviews: ReviewDto[]): ApplicationReviewsDto {
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

/** What a reviewer who does not manage the application sees: their own review, and no aggregate. */
export function reviewerView(
  summary: ApplicationReviewsDto,
  username: string | undefined,
): ApplicationReviewsDto {
  const own = summary.reviews.filter((review) => review.reviewerUsername === username);
  if (own.length === 0)
    throw new DomainError('not-found', `No reviews of ${summary.applicationId} that you can see.`);
  return { ...summary, aggregateScore: null, completedReviews: 0, reviews: own };
}

/** Reviewers are assigned to submitted applications only, and only users grants knows. */
export function requireAssignable(status: ApplicationStatus, reviewerUsername: string, known: boolean): void {
  if (status !== 'submitted' && status !== 'under-review') {
    throw new DomainError('conflict', `The application is ${status}; only submitted ones are reviewed.`);
  }
  if (!known) {
    throw new ValidationFailed(
      [{ pointer: '/reviewerUsername', detail: 'nobody with this username has signed in to Samvirke' }],
      `There is no user ${reviewerUsername}.`,
    );
  }
}

/** An assigned reviewer reviews an application under review, unless of its applicant or conflicted. */
export function requireReviewable(
  reviewer: { organisations: readonly string[]; assignment: ReviewDto['status'] },
  application: { status: ApplicationStatus; applicantOrganisationId: string },
): void {
  if (reviewer.organisations.includes(application.applicantOrganisationId)) {
    throw new DomainError('conflict', "A reviewer from the applicant's own organisation cannot review it.");
  }
  if (reviewer.assignment === 'conflicted') {
    throw new DomainError(
      'conflict',
      'You declared a conflict of interest; you cannot review this application.',
    );
  }
  if (application.status !== 'under-review') {
    throw new DomainError(
      'conflict',
      `The application is ${application.status}; it is no longer under review.`,
    );
  }
}

export function applicationReviewedEvent(
  application: { id: string; call_id: string; programme_id: string; applicant_organisation_id: string },
  reviewId: string,
  score: number,
  summary: ApplicationReviewsDto,
): ApplicationReviewedV1 {
  return {
    applicationId: application.id,
    reviewId,
    callId: application.call_id,
    programmeId: application.programme_id,
    applicantOrganisationId: application.applicant_organisation_id,
    weightedScore: score,
    aggregateScore: summary.aggregateScore ?? score,
    completedReviews: summary.completedReviews,
  };
}

/**
 * Whom the call's foundation may assign: the programme's people, but nobody of the applicant
 * organisation (they could not review it: requireReviewable), by name.
 */
export function reviewerCandidates(
  people: readonly {
    username: string;
    name: string | null;
    organisations: readonly string[];
    programme_organisations: readonly { id: string; name: string }[];
    assigned: boolean;
  }[],
  applicantOrganisationId: string,
): ReviewerCandidateDto[] {
  return people
    .filter((person) => !person.organisations.includes(applicantOrganisationId))
    .map((person) => ({
      username: person.username,
      name: person.name,
      organisations: [...person.programme_organisations],
      assigned: person.assigned,
    }))
    .sort((a, b) => (a.name ?? a.username).localeCompare(b.name ?? b.username, 'da'));
}

/**
 * The display name (`name`) of the verified token the request carried: the guard has checked its
 * signature, so its payload is read as it is.
 */
export function nameClaim(rawToken: string | undefined): string | null {
  const payload = rawToken?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { name?: unknown };
    return typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : null;
  } catch {
    return null;
  }
}
