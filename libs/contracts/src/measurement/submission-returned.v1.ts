import { type z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { submissionEventSchema } from './submission.dto.js';

export const submissionReturnedV1 = defineEvent({
  type: 'dk.samvirke.measurement.submission.returned.v1',
  topic: TOPICS.measurement,
  source: SOURCES.measurement,
  aggregate: 'programme',
  description: 'The backbone returned this version of a submission with a comment for correction.',
  public: true,
  schema: submissionEventSchema,
});

export type SubmissionReturnedV1 = z.infer<typeof submissionReturnedV1.schema>;
