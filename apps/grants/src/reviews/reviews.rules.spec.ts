import type { ReviewDto } from '@samvirke/contracts';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import {
  applicationReviewedEvent,
  requireAssignable,
  nameClaim,
  requireReviewable,
  reviewerCandidates,
  reviewerView,
  reviewSummary,
  scoreErrors,
  weightedScore,
} from './reviews.rules.js';

const criteria = [
  { id: 'impact', weight: 3 },
  { id: 'budget', weight: 1 },
];

const review = (id: string, reviewerUsername: string, weighted: number | null): ReviewDto => ({
  id,
  applicationId: 'app',
  reviewerUsername,
  status: weighted === null ? 'assigned' : 'completed',
  conflictReason: null,
  scores: null,
  comment: null,
  weightedScore: weighted,
  completedAt: null,
});

describe('scoring a review', () => {
  it('weights each criterion and gives 0-100', () => {
    expect(
      weightedScore(criteria, [
        { criterionId: 'impact', score: 10 },
        { criterionId: 'budget', score: 0 },
      ]),
    ).toBe(75);
    expect(
      weightedScore(criteria, [
        { criterionId: 'impact', score: 7 },
        { criterionId: 'budget', score: 8 },
      ]),
    ).toBe(72.5);
  });

  it('needs every criterion of the call scored once, and nothing else', () => {
    expect(
      scoreErrors(criteria, [
        { criterionId: 'impact', score: 5 },
        { criterionId: 'impact', score: 6 },
        { criterionId: 'style', score: 9 },
      ]),
    ).toEqual([
      { pointer: '/scores/1/criterionId', detail: 'scored twice' },
      { pointer: '/scores/2/criterionId', detail: 'not a criterion of this call' },
      { pointer: '/scores', detail: 'criterion budget is not scored' },
    ]);
    expect(
      scoreErrors(criteria, [
        { criterionId: 'budget', score: 5 },
        { criterionId: 'impact', score: 6 },
      ]),
    ).toEqual([]);
  });
});

describe("an application's reviews", () => {
  const summary = reviewSummary('app', [
    review('r1', 'ann', 70),
    review('r2', 'bo', null),
    review('r3', 'cy', 75.5),
  ]);

  it('aggregate the completed reviews as their mean, to two decimals', () => {
    expect(summary.aggregateScore).toBe(72.75);
    expect(summary.completedReviews).toBe(2);
    expect(reviewSummary('app', [review('r2', 'bo', null)]).aggregateScore).toBeNull();
    const thirds = [review('a', 'a', 70), review('b', 'b', 71), review('c', 'c', 71)];
    expect(reviewSummary('app', thirds).aggregateScore).toBe(70.67);
  });

  it('show a reviewer only their own review, without the aggregate', () => {
    expect(reviewerView(summary, 'bo')).toEqual({
      applicationId: 'app',
      aggregateScore: null,
      completedReviews: 0,
      reviews: [summary.reviews[1]],
    });
    expect(() => reviewerView(summary, 'dan')).toThrow('No reviews of app that you can see.');
  });

  it('are told with the new score and the aggregate so far', () => {
    const application = { id: 'app', call_id: 'call', programme_id: 'p', applicant_organisation_id: 'org' };
    expect(applicationReviewedEvent(application, 'r3', 75.5, summary)).toEqual({
      applicationId: 'app',
      reviewId: 'r3',
      callId: 'call',
      programmeId: 'p',
      applicantOrganisationId: 'org',
      weightedScore: 75.5,
      aggregateScore: 72.75,
      completedReviews: 2,
    });
  });
});

describe('assigning a reviewer', () => {
  it('is for submitted applications only', () => {
    expect(() => requireAssignable('draft', 'ann', true)).toThrow('only submitted ones are reviewed');
    expect(() => requireAssignable('under-review', 'ann', true)).not.toThrow();
  });

  it('refuses a username nobody has signed in with', () => {
    expect(() => requireAssignable('submitted', 'ghost', false)).toThrow(ValidationFailed);
  });
});

describe('reviewing an application', () => {
  const underReview = { status: 'under-review' as const, applicantOrganisationId: 'org' };

  it("refuses a reviewer of the applicant's own organisation", () => {
    expect(() => requireReviewable({ organisations: ['org'], assignment: 'assigned' }, underReview)).toThrow(
      "A reviewer from the applicant's own organisation cannot review it.",
    );
  });

  it('refuses a reviewer who declared a conflict', () => {
    expect(() => requireReviewable({ organisations: [], assignment: 'conflicted' }, underReview)).toThrow(
      DomainError,
    );
  });

  it('is possible only while the application is under review', () => {
    expect(() =>
      requireReviewable({ organisations: [], assignment: 'assigned' }, { ...underReview, status: 'awarded' }),
    ).toThrow('it is no longer under review');
    expect(() =>
      requireReviewable({ organisations: [], assignment: 'completed' }, underReview),
    ).not.toThrow();
  });
});

describe('the people who may be assigned as reviewers', () => {
  const person = (username: string, name: string | null, organisations: string[], assigned = false) => ({
    username,
    name,
    organisations,
    programme_organisations: organisations.map((id) => ({ id, name: id.toUpperCase() })),
    assigned,
  });

  it("are the programme's people by name, except the applicant organisation's", () => {
    const people = [
      person('reporter.kobenhavn', 'Karen Kbh', ['kbh']),
      person('officer.bikubenfonden', 'Bo Bikuben', ['bikuben'], true),
      person('coordinator.backbone', null, ['backbone']),
      person('two.hats', 'Åse To', ['backbone', 'kbh']),
    ];
    expect(reviewerCandidates(people, 'kbh')).toEqual([
      {
        username: 'officer.bikubenfonden',
        name: 'Bo Bikuben',
        organisations: [{ id: 'bikuben', name: 'BIKUBEN' }],
        assigned: true,
      },
      {
        username: 'coordinator.backbone',
        name: null,
        organisations: [{ id: 'backbone', name: 'BACKBONE' }],
        assigned: false,
      },
    ]);
  });

  it("read a user's display name from the verified token", () => {
    const token = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;
    expect(nameClaim(token({ name: ' Karen Jensen ' }))).toBe('Karen Jensen');
    expect(nameClaim(token({ preferred_username: 'k' }))).toBeNull();
    expect(nameClaim('not-a-token')).toBeNull();
    expect(nameClaim('h.%%%.s')).toBeNull();
    expect(nameClaim(undefined)).toBeNull();
  });
});
