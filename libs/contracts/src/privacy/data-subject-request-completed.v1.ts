import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { DATA_SUBJECT_REQUEST_KINDS } from './data-subject-request-opened.v1.js';

/** Internal: every service has answered a data subject request; for an erasure, this is its receipt. */
export const dataSubjectRequestCompletedV1 = defineEvent({
  type: 'dk.samvirke.partners.data-subject-request.completed.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'data-subject-request',
  description:
    'Every service answered a data subject request; the receipt lists each service with what it found or erased (counts only).',
  public: false,
  schema: z.object({
    requestId: z.uuid(),
    kind: z.enum(DATA_SUBJECT_REQUEST_KINDS),
    services: z.array(z.object({ service: z.string(), counts: z.record(z.string(), z.number().int()) })),
  }),
});

export type DataSubjectRequestCompletedV1 = z.infer<typeof dataSubjectRequestCompletedV1.schema>;
