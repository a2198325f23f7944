import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import {
  goodDirectionSchema,
  performanceQuestionSchema,
  periodLabelSchema,
  rbaKindSchema,
  reportingFrequencySchema,
} from './programme-indicator.dto.js';

const periodValue = z.object({ period: periodLabelSchema, value: z.number() });

export const programmeIndicatorConfiguredV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.programme-indicator.configured.v1',
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
    /** Results-Based Accountability class (absent from events made before it was kept). */
    rbaKind: rbaKindSchema.nullable().optional(),
    performanceQuestion: performanceQuestionSchema.nullable().optional(),
    /** The direction of a good trend; null follows the indicator's polarity. */
    goodDirection: goodDirectionSchema.nullable().optional(),
  }),
});

export type ProgrammeIndicatorConfiguredV1 = z.infer<typeof programmeIndicatorConfiguredV1.schema>;
