import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const reportingOverdueV1 = defineEvent({
  type: 'dk.samvirke.measurement.reporting.overdue.v1',
  topic: TOPICS.measurement,
  source: SOURCES.measurement,
  aggregate: 'programme',
  description:
    'A data provider has not submitted for a period whose due date has passed (once per period and organisation).',
  public: true,
  schema: z.object({
    programmeId: z.uuid(),
    periodId: z.uuid(),
    period: z.string(),
    dueDate: z.iso.date(),
    organisationId: z.uuid(),
  }),
});

export type ReportingOverdueV1 = z.infer<typeof reportingOverdueV1.schema>;
