import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { submissionEventSchema } from './submission.dto.js';

export const submissionSubmittedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.submission.submitted.v1',
  description:
    'An organisation submitted its values for a reporting period (this version awaits the backbone, or first the municipality above a sub-unit).',
  public: true,
  schema: submissionEventSchema.extend({
    /**
     * For a sub-unit: the organisations above it (its parent first) whose reporters approve it
     * before the backbone. Absent when the backbone approves directly.
     */
    firstApproverOrganisationIds: z.array(z.uuid()).optional(),
  }),
});

export type SubmissionSubmittedV1 = z.infer<typeof submissionSubmittedV1.schema>;
