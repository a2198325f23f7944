import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { reportingFrequencySchema } from './programme-indicator.dto.js';

export const reportingPeriodReopenedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.reporting-period.reopened.v1',
  description:
    "The backbone reopened a locked reporting period, with the reason it recorded: it is open for submissions and corrections again. Names the programme's data providers, who are told.",
  public: false,
  schema: z.object({
    periodId: z.uuid(),
    programmeId: z.uuid(),
    frequency: reportingFrequencySchema,
    period: z.string(),
    dueDate: z.iso.date(),
    reason: z.string(),
    dataProviderIds: z.array(z.uuid()),
  }),
});

export type ReportingPeriodReopenedV1 = z.infer<typeof reportingPeriodReopenedV1.schema>;
