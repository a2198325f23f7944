import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const applicationReviewedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.application.reviewed.v1',
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
