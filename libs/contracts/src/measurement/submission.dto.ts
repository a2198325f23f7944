import { z } from 'zod';
import { pageQuerySchema } from '../pagination.js';
import { measuredNumberSchema } from './indicator-units.js';

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export const submissionStatusSchema = z.enum(SUBMISSION_STATUSES);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** The longest note a reporter may keep with one value (a CSV cell of a sentence or two). */
export const SUBMISSION_COMMENT_MAX = 500;

/**
 * A reporter's free-text note on one value (e.g. "inkl. 3 fra nabokommunen"), stored with the value
 * and shown to whoever may read the submission. Empty means none.
 */
export const submissionValueCommentSchema = z
  .string()
  .trim()
  .max(SUBMISSION_COMMENT_MAX)
  .refine((text) => !text.includes('\u0000'), 'no NUL characters');

/**
 * One value: an indicator by code, optionally for one disaggregation (e.g. "koen=kvinde") or one
 * cell of a category combination ("koen=kvinde&aldersgruppe=aar-18-24", in the combination's order).
 */
export const submissionValueSchema = z
  .object({
    indicator: z.string().min(1).max(60),
    disaggregation: z
      .string()
      .max(200)
      .regex(
        /^[a-z0-9._-]+=[a-z0-9._-]+(?:&[a-z0-9._-]+=[a-z0-9._-]+){0,2}$/,
        'like koen=kvinde, or koen=kvinde&aldersgruppe=aar-18-24 for a cell',
      )
      .optional(),
    /** Within the indicator's range too (its min and max, else its unit's); checked against it. */
    value: measuredNumberSchema,
    comment: submissionValueCommentSchema.optional(),
  })
  .strict();

export const saveSubmissionSchema = z
  .object({ values: z.array(submissionValueSchema).min(1).max(5_000) })
  .strict();

export type SaveSubmission = z.infer<typeof saveSubmissionSchema>;

export const returnSubmissionSchema = z.object({ comment: z.string().trim().min(3).max(2_000) }).strict();

export const submissionSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  periodId: z.uuid(),
  organisationId: z.uuid(),
  version: z.number().int().positive(),
  status: submissionStatusSchema,
  /** Empty when the request said `Prefer: return=minimal`; valueCount still tells how many there are. */
  values: z.array(
    z.object({
      indicator: z.string(),
      disaggregation: z.string().nullable(),
      value: z.number(),
      /** Only on values the reporter commented on. */
      comment: z.string().optional(),
    }),
  ),
  valueCount: z.number().int().nonnegative(),
  savedBy: z.string(),
  savedAt: z.iso.datetime({ offset: true }),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  comment: z.string().nullable(),
});

export type SubmissionDto = z.infer<typeof submissionSchema>;

/**
 * The latest version of one organisation's submission for one period, without its values (a list
 * would otherwise carry up to 100,000 of them per row); getSubmission has them.
 */
export const submissionListItemSchema = submissionSchema.omit({ values: true, valueCount: true });
export type SubmissionListItem = z.infer<typeof submissionListItemSchema>;

export const listSubmissionsQuerySchema = pageQuerySchema.extend({
  status: submissionStatusSchema.optional(),
  periodId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
});
export type ListSubmissionsQuery = z.infer<typeof listSubmissionsQuerySchema>;

/** The latest version and every earlier one, newest first. */
export const submissionHistorySchema = z.object({
  latest: submissionSchema,
  versions: z.array(submissionSchema),
});
export type SubmissionHistory = z.infer<typeof submissionHistorySchema>;

/** What the submission events carry: which version of whose values for which period, never the values. */
export const submissionEventSchema = z.object({
  submissionId: z.uuid(),
  programmeId: z.uuid(),
  periodId: z.uuid(),
  period: z.string(),
  organisationId: z.uuid(),
  version: z.number().int().positive(),
  indicatorCodes: z.array(z.string()),
});
