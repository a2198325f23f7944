import { type z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { submissionEventSchema } from './submission.dto.js';

export const submissionApprovedV1 = defineEvent({
  type: 'dk.samvirke.measurement.submission.approved.v1',
  topic: TOPICS.measurement,
  source: SOURCES.measurement,
  aggregate: 'programme',
  description: 'The backbone approved this version of a submission; it is now the one that counts.',
  public: true,
  schema: submissionEventSchema,
});

export type SubmissionApprovedV1 = z.infer<typeof submissionApprovedV1.schema>;
