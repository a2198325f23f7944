import { populationStatisticsLoadedV1, type PopulationStatisticsLoaded } from '@samvirke/contracts';
import type { ParsedStatistics } from '@samvirke/csv';
import type { PendingEvent } from '@samvirke/messaging';
import { ValidationFailed } from '@samvirke/platform';

/** Every bad row at once, and nothing stored. */
export function checkStatistics(parsed: ParsedStatistics): void {
  if (parsed.errors.length)
    throw new ValidationFailed(parsed.errors, 'Some rows of the statistics are invalid; nothing was stored.');
}

export function loadedSummary(
  indicator: { id: string; code: string },
  parsed: ParsedStatistics,
): PopulationStatisticsLoaded {
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    periods: [...new Set(parsed.rows.map((row) => row.period))].sort(),
    rows: parsed.rows.length,
    notAvailable: parsed.notAvailable,
    aggregates: parsed.aggregates,
  };
}

export function loadedEvent(summary: PopulationStatisticsLoaded, source: string): PendingEvent {
  const { indicatorId, code, periods, rows } = summary;
  return {
    definition: populationStatisticsLoadedV1,
    data: { indicatorId, code, periods, rows, source },
    options: { subject: indicatorId },
  };
}
