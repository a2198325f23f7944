import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { submissionEventSchema } from './submission.dto.js';

export const submissionParentApprovedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.submission.parent-approved.v1',
  description:
    "A sub-unit's submitted version was approved by the municipality it belongs under (the first of two levels); it now waits for the backbone.",
  public: true,
  schema: submissionEventSchema.extend({
    /** The organisation whose user approved: the sub-unit's parent or the municipality above it. */
    approvedByOrganisationId: z.uuid(),
  }),
});

export type SubmissionParentApprovedV1 = z.infer<typeof submissionParentApprovedV1.schema>;
