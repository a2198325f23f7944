import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { periodLabelSchema } from './programme-indicator.dto.js';

export const targetSetV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.target.set.v1',
  description:
    "A programme's target for one indicator and period was set, changed (previousValue is the old one) or removed (value is null). " +
    'Published once per changed period when a programme indicator is configured; unchanged targets publish nothing.',
  public: true,
  schema: z.object({
    programmeId: z.uuid(),
    indicatorId: z.uuid(),
    code: z.string(),
    period: periodLabelSchema,
    value: z.number().nullable(),
    previousValue: z.number().nullable(),
  }),
});

export type TargetSetV1 = z.infer<typeof targetSetV1.schema>;
