import { z } from 'zod';

export const assignReviewerSchema = z
  .object({ reviewerUsername: z.string().trim().min(1).max(200) })
  .strict();
export type AssignReviewer = z.infer<typeof assignReviewerSchema>;

export const declareConflictSchema = z.object({ reason: z.string().trim().min(3).max(2_000) }).strict();

/** Scores run from 0 to 10 per criterion; the weighted score is scaled to 0-100. */
export const submitReviewSchema = z
  .object({
    scores: z
      .array(
        z
          .object({
            criterionId: z.uuid(),
            score: z.number().int('a whole number from 0 to 10').min(0).max(10),
          })
          .strict(),
      )
      .min(1),
    comment: z.string().trim().max(5_000).default(''),
  })
  .strict();
export type SubmitReview = z.infer<typeof submitReviewSchema>;

export const reviewSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  reviewerUsername: z.string(),
  status: z.enum(['assigned', 'conflicted', 'completed']),
  conflictReason: z.string().nullable(),
  scores: z.array(z.object({ criterionId: z.uuid(), score: z.number().int() })).nullable(),
  comment: z.string().nullable(),
  weightedScore: z.number().nullable(),
  completedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ReviewDto = z.infer<typeof reviewSchema>;

export const applicationReviewsSchema = z.object({
  applicationId: z.uuid(),
  aggregateScore: z.number().nullable(),
  completedReviews: z.number().int(),
  reviews: z.array(reviewSchema),
});
export type ApplicationReviewsDto = z.infer<typeof applicationReviewsSchema>;

/**
 * Someone the call's foundation may assign as a reviewer: a user of one of the programme's current
 * member organisations who has signed in to Samvirke (not of the applicant organisation).
 */
export const reviewerCandidateSchema = z.object({
  username: z.string(),
  name: z.string().nullable(),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  assigned: z.boolean(),
});
export type ReviewerCandidateDto = z.infer<typeof reviewerCandidateSchema>;
