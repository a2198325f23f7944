import type { PopulationStatisticDto } from '@samvirke/contracts';

/**
 * The official figure a programme's figure for `period` stands against: the same period, else the
 * year a quarter belongs to (statistics are mostly annual), else the latest period before it.
 */
export function statisticFor(
  statistics: readonly PopulationStatisticDto[],
  kommunekode: string | null | undefined,
  period: string,
): { value: number; period: string } | null {
  if (!kommunekode) return null;
  const own = statistics.filter((row) => row.kommunekode === kommunekode);
  const year = period.slice(0, 4);
  const found =
    own.find((row) => row.period === period) ??
    own.find((row) => row.period === year) ??
    own
      .filter((row) => row.period < period)
      .sort((a, b) => a.period.localeCompare(b.period))
      .at(-1);
  return found ? { value: found.value, period: found.period } : null;
}
