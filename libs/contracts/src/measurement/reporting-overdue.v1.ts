import type { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { reportingDeadlineEventSchema } from './reporting-deadline-events.js';

export const reportingOverdueV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.reporting.overdue.v1',
  description:
    'A data provider has not submitted for a period whose due date has passed (once per period and organisation).',
  public: true,
  schema: reportingDeadlineEventSchema,
});

export type ReportingOverdueV1 = z.infer<typeof reportingOverdueV1.schema>;
