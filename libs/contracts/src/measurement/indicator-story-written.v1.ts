import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { periodLabelSchema } from './programme-indicator.dto.js';

export const indicatorStoryWrittenV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.indicator-story.written.v1',
  description:
    'A member wrote (or rewrote) the story behind the curve of one indicator and period: what explains the numbers, partners, what works and the action plan (the texts stay in measurement).',
  public: false,
  schema: z.object({
    programmeId: z.uuid(),
    code: z.string(),
    period: periodLabelSchema,
    /** The writer's organisation (null for a platform admin outside the programme). */
    organisationId: z.uuid().nullable(),
    actions: z.number().int(),
  }),
});

export type IndicatorStoryWrittenV1 = z.infer<typeof indicatorStoryWrittenV1.schema>;
