import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { INDICATOR_AGGREGATIONS, INDICATOR_POLARITIES } from './indicator.dto.js';
import { INDICATOR_UNITS } from './indicator-units.js';

export const indicatorDefinedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.indicator.defined.v1',
  aggregate: 'indicator',
  description: 'An indicator was added to the shared library.',
  public: true,
  schema: z.object({
    indicatorId: z.uuid(),
    code: z.string(),
    nameDa: z.string(),
    nameEn: z.string(),
    unit: z.enum(INDICATOR_UNITS),
    valueType: z.enum(['integer', 'decimal']),
    aggregation: z.enum(INDICATOR_AGGREGATIONS),
    polarity: z.enum(INDICATOR_POLARITIES),
    sensitive: z.boolean(),
  }),
});

export type IndicatorDefinedV1 = z.infer<typeof indicatorDefinedV1.schema>;
