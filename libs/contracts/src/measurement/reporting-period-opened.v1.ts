import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { reportingFrequencySchema } from './programme-indicator.dto.js';

export const reportingPeriodOpenedV1 = defineEvent({
  type: 'dk.samvirke.measurement.reporting-period.opened.v1',
  topic: TOPICS.measurement,
  source: SOURCES.measurement,
  aggregate: 'programme',
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
