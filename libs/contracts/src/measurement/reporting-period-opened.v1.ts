import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { reportingFrequencySchema } from './programme-indicator.dto.js';

export const reportingPeriodOpenedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.reporting-period.opened.v1',
  description:
    'A reporting period is open for submissions (also when the backbone reopens it for a correction).',
  public: true,
  schema: z.object({
    periodId: z.uuid(),
    programmeId: z.uuid(),
    frequency: reportingFrequencySchema,
    period: z.string(),
    dueDate: z.iso.date(),
  }),
});

export type ReportingPeriodOpenedV1 = z.infer<typeof reportingPeriodOpenedV1.schema>;
