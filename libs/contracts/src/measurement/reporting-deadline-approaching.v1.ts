import type { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { reportingDeadlineEventSchema } from './reporting-deadline-events.js';

export const reportingDeadlineApproachingV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.reporting.deadline-approaching.v1',
  description:
    'The due date of a period is near and a data provider has not submitted yet (once per period and organisation).',
  public: true,
  schema: reportingDeadlineEventSchema,
});

export type ReportingDeadlineApproachingV1 = z.infer<typeof reportingDeadlineApproachingV1.schema>;
