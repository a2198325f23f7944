import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const indicatorVersionedV1 = defineEvent({
  type: 'dk.samvirke.measurement.indicator.versioned.v1',
  topic: TOPICS.measurement,
  source: SOURCES.measurement,
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
