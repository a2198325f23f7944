import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const populationStatisticsLoadedV1 = defineEvent({
  type: 'dk.samvirke.measurement.population-statistics.loaded.v1',
  topic: TOPICS.measurement,
  source: SOURCES.measurement,
  aggregate: 'indicator',
  description:
    "Official statistics for an indicator were loaded: the listed periods' figures per municipality replace what was there.",
  public: true,
  schema: z.object({
    indicatorId: z.uuid(),
    code: z.string(),
    periods: z.array(z.string()),
    rows: z.number().int().min(0),
    source: z.string(),
  }),
});

export type PopulationStatisticsLoadedV1 = z.infer<typeof populationStatisticsLoadedV1.schema>;
