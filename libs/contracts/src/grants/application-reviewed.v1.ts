import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const applicationReviewedV1 = defineEvent({
  type: 'dk.samvirke.grants.application.reviewed.v1',
  topic: TOPICS.grants,
  source: SOURCES.grants,
  aggregate: 'programme',
  description:
    'An assigned reviewer scored an application; carries the weighted score of this review and the aggregate over all completed reviews (0-100).',
  public: true,
  schema: z.object({
    applicationId: z.uuid(),
    reviewId: z.uuid(),
    callId: z.uuid(),
    programmeId: z.uuid(),
    applicantOrganisationId: z.uuid(),
    weightedScore: z.number().min(0).max(100),
    aggregateScore: z.number().min(0).max(100),
    completedReviews: z.number().int().positive(),
  }),
});

export type ApplicationReviewedV1 = z.infer<typeof applicationReviewedV1.schema>;
