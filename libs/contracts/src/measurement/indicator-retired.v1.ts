import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const indicatorRetiredV1 = defineEvent({
  type: 'dk.samvirke.measurement.indicator.retired.v1',
  topic: TOPICS.measurement,
  source: SOURCES.measurement,
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
