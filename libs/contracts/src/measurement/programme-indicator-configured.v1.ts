import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { periodLabelSchema, reportingFrequencySchema } from './programme-indicator.dto.js';

const periodValue = z.object({ period: periodLabelSchema, value: z.number() });

export const programmeIndicatorConfiguredV1 = defineEvent({
  type: 'dk.samvirke.measurement.programme-indicator.configured.v1',
  topic: TOPICS.measurement,
  source: SOURCES.measurement,
  aggregate: 'programme',
  description:
    'A programme tracks an indicator with this frequency, baseline and targets, for these of its goals (the whole configuration).',
  public: true,
  schema: z.object({
    programmeId: z.uuid(),
    indicatorId: z.uuid(),
    code: z.string(),
    frequency: reportingFrequencySchema,
    baseline: periodValue.nullable(),
    targets: z.array(periodValue),
    required: z.boolean(),
    /** The programme's goals the indicator serves (absent from events made before goals were linked). */
    goalIds: z.array(z.uuid()).optional(),
  }),
});

export type ProgrammeIndicatorConfiguredV1 = z.infer<typeof programmeIndicatorConfiguredV1.schema>;
