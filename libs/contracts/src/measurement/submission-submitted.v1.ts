import { type z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { submissionEventSchema } from './submission.dto.js';

export const submissionSubmittedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.submission.submitted.v1',
  description:
    'An organisation submitted its values for a reporting period (this version awaits the backbone).',
  public: true,
  schema: submissionEventSchema,
});

export type SubmissionSubmittedV1 = z.infer<typeof submissionSubmittedV1.schema>;
