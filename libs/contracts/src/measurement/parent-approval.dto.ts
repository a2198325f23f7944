import { z } from 'zod';
import { submissionStatusSchema } from './submission.dto.js';

/**
 * A sub-unit's latest submitted version and where it stands in the two-level approval: waiting for
 * its municipality (`parentApproval` null), or approved by it and waiting for the backbone.
 */
export const parentApprovalItemSchema = z.object({
  submissionId: z.uuid(),
  periodId: z.uuid(),
  period: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  /** The organisations above the sub-unit, its parent first, up to the municipality. */
  ancestorIds: z.array(z.uuid()),
  version: z.number().int().positive(),
  status: submissionStatusSchema,
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  parentApproval: z
    .object({
      organisationId: z.uuid(),
      approvedBy: z.string(),
      approvedAt: z.iso.datetime({ offset: true }),
    })
    .nullable(),
});

export type ParentApprovalItem = z.infer<typeof parentApprovalItemSchema>;

export const listParentApprovalsQuerySchema = z
  .object({
    /** `waiting`: only versions the municipality has still to decide (the default); `all`: those approved by it as well. */
    state: z.enum(['waiting', 'all']).default('waiting'),
    period: z.string().trim().min(4).max(20).optional(),
  })
  .strict();

export type ListParentApprovalsQuery = z.infer<typeof listParentApprovalsQuerySchema>;
