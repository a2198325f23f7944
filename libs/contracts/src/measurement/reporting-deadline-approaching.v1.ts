import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const reportingDeadlineApproachingV1 = defineEvent({
  type: 'dk.samvirke.measurement.reporting.deadline-approaching.v1',
  topic: TOPICS.measurement,
  source: SOURCES.measurement,
  aggregate: 'programme',
  description:
    'The due date of a period is near and a data provider has not submitted yet (once per period and organisation).',
  public: true,
  schema: z.object({
    programmeId: z.uuid(),
    periodId: z.uuid(),
    period: z.string(),
    dueDate: z.iso.date(),
    organisationId: z.uuid(),
  }),
});

export type ReportingDeadlineApproachingV1 = z.infer<typeof reportingDeadlineApproachingV1.schema>;
