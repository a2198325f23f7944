import { type z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { submissionEventSchema } from './submission.dto.js';

export const submissionApprovedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.submission.approved.v1',
  description: 'The backbone approved this version of a submission; it is now the one that counts.',
  public: true,
  schema: submissionEventSchema,
});

export type SubmissionApprovedV1 = z.infer<typeof submissionApprovedV1.schema>;
