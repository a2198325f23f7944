import { z } from 'zod';
import { kommunekodeSchema } from '../shared-schemas.js';
import { periodLabelSchema } from './programme-indicator.dto.js';

/**
 * Official statistics for a library indicator, per municipality and period (Danmarks Statistik
 * style: kommunekode, period, value): the population the programme's own figures stand in, e.g.
 * the share of all young people in a municipality without an education. Public figures, so every
 * signed-in user reads them; the platform admin and backbone coordinators load them.
 */
export const populationStatisticSchema = z.object({
  kommunekode: z.string(),
  period: z.string(),
  value: z.number(),
  /** Where the figures come from, as the loader named it (e.g. "Danmarks Statistik, tabel AUS08"). */
  source: z.string(),
  loadedAt: z.iso.datetime({ offset: true }),
});
export type PopulationStatisticDto = z.infer<typeof populationStatisticSchema>;

export const populationStatisticsSchema = z.object({
  indicatorId: z.uuid(),
  code: z.string(),
  statistics: z.array(populationStatisticSchema),
});
export type PopulationStatisticsDto = z.infer<typeof populationStatisticsSchema>;

export const populationStatisticsQuerySchema = z
  .object({
    period: periodLabelSchema.optional(),
    kommunekode: kommunekodeSchema.optional(),
  })
  .strict();
export type PopulationStatisticsQuery = z.infer<typeof populationStatisticsQuerySchema>;

export const loadPopulationStatisticsQuerySchema = z
  .object({ source: z.string().trim().min(1).max(200) })
  .strict();
export type LoadPopulationStatisticsQuery = z.infer<typeof loadPopulationStatisticsQuerySchema>;

/** What a load did: the periods in the file replace what was stored for them. */
export const populationStatisticsLoadedSchema = z.object({
  indicatorId: z.uuid(),
  code: z.string(),
  periods: z.array(z.string()),
  rows: z.number().int().min(0),
  /** Cells Danmarks Statistik marks as not available (".." or "-"): not stored. */
  notAvailable: z.number().int().min(0),
  /** Rows of the whole country or a region, which are not a municipality's figure: passed over. */
  aggregates: z.number().int().min(0),
});
export type PopulationStatisticsLoaded = z.infer<typeof populationStatisticsLoadedSchema>;
