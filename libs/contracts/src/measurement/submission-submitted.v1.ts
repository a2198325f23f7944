import { type z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { submissionEventSchema } from './submission.dto.js';

export const submissionSubmittedV1 = defineEvent({
  type: 'dk.samvirke.measurement.submission.submitted.v1',
  topic: TOPICS.measurement,
  source: SOURCES.measurement,
  aggregate: 'programme',
  description:
    'An organisation submitted its values for a reporting period (this version awaits the backbone).',
  public: true,
  schema: submissionEventSchema,
});

export type SubmissionSubmittedV1 = z.infer<typeof submissionSubmittedV1.schema>;
