import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const indicatorRetiredV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.indicator.retired.v1',
  aggregate: 'indicator',
  description:
    'An indicator was retired: no programme may add it anew; programmes tracking it keep it and its history.',
  public: true,
  schema: z.object({
    indicatorId: z.uuid(),
    code: z.string(),
    lineage: z.string(),
    version: z.number().int().min(1),
  }),
});

export type IndicatorRetiredV1 = z.infer<typeof indicatorRetiredV1.schema>;
