import { type z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { submissionEventSchema } from './submission.dto.js';

export const submissionReturnedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.submission.returned.v1',
  description: 'The backbone returned this version of a submission with a comment for correction.',
  public: true,
  schema: submissionEventSchema,
});

export type SubmissionReturnedV1 = z.infer<typeof submissionReturnedV1.schema>;
