import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { reportingFrequencySchema } from './programme-indicator.dto.js';

export const reportingDeadlineExtendedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.reporting-period.deadline-extended.v1',
  description:
    "An open reporting period's due date moved later. Reminders of the earlier date are void: data providers are reminded again against the new one.",
  public: true,
  schema: z.object({
    periodId: z.uuid(),
    programmeId: z.uuid(),
    frequency: reportingFrequencySchema,
    period: z.string(),
    dueDate: z.iso.date(),
    previousDueDate: z.iso.date(),
  }),
});

export type ReportingDeadlineExtendedV1 = z.infer<typeof reportingDeadlineExtendedV1.schema>;
