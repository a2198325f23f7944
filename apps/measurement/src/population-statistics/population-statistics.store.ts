import type { EntityManager } from 'typeorm';
import type { PopulationStatisticDto, PopulationStatisticsQuery } from '@samvirke/contracts';
import type { StatisticRow } from '@samvirke/csv';

interface StatisticRowRecord {
  kommunekode: string;
  period: string;
  value: string;
  source: string;
  loaded_at: Date;
}

/** The library indicator's id and code, or undefined when there is none with the id. */
export async function statisticsIndicator(
  manager: EntityManager,
  id: string,
): Promise<{ id: string; code: string } | undefined> {
  const [row] = await manager.query<{ id: string; code: string }[]>(
    'SELECT id, code FROM indicator WHERE id = $1',
    [id],
  );
  return row;
}

/** The periods of the file replace what was stored for them; other periods stay. */
export async function replaceStatistics(
  manager: EntityManager,
  indicatorId: string,
  rows: readonly StatisticRow[],
  loaded: { source: string; by: string },
): Promise<void> {
  const periods = [...new Set(rows.map((row) => row.period))];
  await manager.query('DELETE FROM population_statistic WHERE indicator_id = $1 AND period = ANY($2)', [
    indicatorId,
    periods,
  ]);
  await manager.query(
    `INSERT INTO population_statistic (indicator_id, kommunekode, period, value, source, loaded_by)
     SELECT $1, k, p, v, $5, $6 FROM unnest($2::text[], $3::text[], $4::numeric[]) AS t (k, p, v)`,
    [
      indicatorId,
      rows.map((row) => row.kommunekode),
      rows.map((row) => row.period),
      rows.map((row) => row.value),
      loaded.source,
      loaded.by,
    ],
  );
}

export async function readStatistics(
  manager: EntityManager,
  indicatorId: string,
  query: PopulationStatisticsQuery,
): Promise<PopulationStatisticDto[]> {
  const rows = await manager.query<StatisticRowRecord[]>(
    `SELECT kommunekode, period, value, source, loaded_at FROM population_statistic
      WHERE indicator_id = $1 AND ($2::text IS NULL OR period = $2) AND ($3::text IS NULL OR kommunekode = $3)
      ORDER BY period, kommunekode`,
    [indicatorId, query.period ?? null, query.kommunekode ?? null],
  );
  return rows.map((row) => ({
    kommunekode: row.kommunekode,
    period: row.period,
    value: Number(row.value),
    source: row.source,
    loadedAt: row.loaded_at.toISOString(),
  }));
}
