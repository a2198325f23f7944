import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { reportingFrequencySchema } from './programme-indicator.dto.js';

export const reportingPeriodLockedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.reporting-period.locked.v1',
  description:
    "The backbone locked a reporting period: no submission, correction, import, approval or return changes it until the backbone reopens it with a reason. Names the programme's data providers, who are told.",
  public: false,
  schema: z.object({
    periodId: z.uuid(),
    programmeId: z.uuid(),
    frequency: reportingFrequencySchema,
    period: z.string(),
    reason: z.string().nullable(),
    dataProviderIds: z.array(z.uuid()),
  }),
});

export type ReportingPeriodLockedV1 = z.infer<typeof reportingPeriodLockedV1.schema>;
