import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import {
  loadPopulationStatisticsQuerySchema,
  populationStatisticsLoadedSchema,
  populationStatisticsQuerySchema,
  populationStatisticsSchema,
} from './population-statistics.dto.js';

/** Official statistics per municipality for a library indicator: the population context of its figures. */
export const POPULATION_STATISTICS_OPERATIONS: readonly HttpOperation[] = [
  op.put('loadPopulationStatistics', '/indicators/{id}/statistics', {
    summary:
      "Load an indicator's official statistics per municipality from a CSV file (Danmarks Statistik style)",
    query: loadPopulationStatisticsQuerySchema,
    body: z.string(),
    bodyType: 'text/csv',
    ...access(
      'Platform admins and backbone coordinators. Columns kommunekode;periode;værdi (or municipality_code,period,value, or a StatBank export\'s OMRÅDE;TID;INDHOLD with "101 København" or "0101"); periods as 2024, 2024-Q1 or 2024K1; ".." and "-" mark figures that are not available and are skipped. The periods in the file replace what was stored for them; every bad row is named (/rows/<row>/<column>) and nothing is stored then. `source` says where the figures come from.',
    ).answers(populationStatisticsLoadedSchema, 404, 413, 415, 422),
  }),
  op.get('getPopulationStatistics', '/indicators/{id}/statistics', {
    summary: "An indicator's official statistics per municipality and period",
    query: populationStatisticsQuerySchema,
    ...access('Every signed-in user: official statistics are public figures.').answers(
      populationStatisticsSchema,
      404,
    ),
  }),
];
