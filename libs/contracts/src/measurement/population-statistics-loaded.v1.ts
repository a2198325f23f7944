import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const populationStatisticsLoadedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.population-statistics.loaded.v1',
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
