import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const indicatorVersionedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.indicator.versioned.v1',
  aggregate: 'indicator',
  description:
    'A new version of an indicator replaced the previous one in the library (the new version is also told of as indicator.defined). Programmes tracking the previous version keep it.',
  public: true,
  schema: z.object({
    indicatorId: z.uuid(),
    code: z.string(),
    lineage: z.string(),
    version: z.number().int().min(2),
    previousIndicatorId: z.uuid(),
    previousCode: z.string(),
  }),
});

export type IndicatorVersionedV1 = z.infer<typeof indicatorVersionedV1.schema>;
