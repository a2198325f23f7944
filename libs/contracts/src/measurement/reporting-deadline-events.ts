import { z } from 'zod';

/**
 * What both deadline events carry: the period of the programme, its due date, and the data
 * provider that has not submitted for it.
 */
export const reportingDeadlineEventSchema = z.object({
  programmeId: z.uuid(),
  periodId: z.uuid(),
  period: z.string(),
  dueDate: z.iso.date(),
  organisationId: z.uuid(),
});
