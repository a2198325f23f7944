import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { reportingFrequencySchema } from './programme-indicator.dto.js';

export const reportingPeriodClosedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.reporting-period.closed.v1',
  description: 'The backbone closed (locked) a reporting period; corrections need it reopened.',
  public: true,
  schema: z.object({
    periodId: z.uuid(),
    programmeId: z.uuid(),
    frequency: reportingFrequencySchema,
    period: z.string(),
    dueDate: z.iso.date(),
  }),
});

export type ReportingPeriodClosedV1 = z.infer<typeof reportingPeriodClosedV1.schema>;
