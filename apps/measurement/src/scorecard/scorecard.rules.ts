import type { CurvePoint, GoodDirection, ProgressDto, TurningTheCurve } from '@samvirke/contracts';

/** A period label's place on its frequency's time line: 2026 → 2026, 2026-Q2 → 8105, 2026-03 → 24314. */
export function periodOrdinal(period: string): number {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return Number(quarter[1]) * 4 + Number(quarter[2]) - 1;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return Number(month[1]) * 12 + Number(month[2]) - 1;
  return Number(period);
}

/** The direction of a good trend: as the programme configured it, else from the indicator's polarity. */
export function goodDirectionOf(
  configured: GoodDirection | null,
  polarity: ProgressDto['indicators'][number]['polarity'],
): GoodDirection {
  return configured ?? (polarity === 'lower-is-better' ? 'down' : 'up');
}

/** The least-squares straight line through the points, read at x (a single point gives a flat line). */
export function linearForecast(points: readonly { x: number; y: number }[], x: number): number | null {
  if (points.length === 0) return null;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  const spread = points.reduce((sum, point) => sum + (point.x - meanX) ** 2, 0);
  if (spread === 0) return meanY;
  const slope = points.reduce((sum, point) => sum + (point.x - meanX) * (point.y - meanY), 0) / spread;
  return meanY + slope * (x - meanX);
}

/**
 * Turning the curve: the latest value the caller may see against the forecast from the baseline and
 * the visible values before it. Suppressed values ("<5", null) are neither actual nor history, so
 * nothing hidden enters the forecast.
 */
export function turningTheCurve(
  baseline: { period: string; value: number } | null,
  curve: readonly CurvePoint[],
  direction: GoodDirection,
): TurningTheCurve {
  const visible = curve.flatMap((point) =>
    typeof point.value === 'number' ? [{ period: point.period, value: point.value }] : [],
  );
  const latest = visible.at(-1);
  const history = [
    ...(baseline && (!latest || periodOrdinal(baseline.period) < periodOrdinal(latest.period))
      ? [baseline]
      : []),
    ...visible.slice(0, -1),
  ].map((point) => ({ x: periodOrdinal(point.period), y: point.value }));
  if (!latest || history.length === 0)
    return {
      status: 'insufficient-data',
      period: latest?.period ?? null,
      forecast: null,
      actual: latest?.value ?? null,
    };
  const forecast = round(linearForecast(history, periodOrdinal(latest.period)) ?? latest.value);
  const better = direction === 'up' ? latest.value > forecast : latest.value < forecast;
  return {
    status: better ? 'turning' : 'not-turning',
    period: latest.period,
    forecast,
    actual: latest.value,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** An indicator's curve over the periods read, as each period's progress shows it to the caller. */
export function curveOf(
  code: string,
  targets: readonly { period: string; value: number }[],
  progress: readonly ProgressDto[],
): CurvePoint[] {
  return progress.flatMap((period) => {
    const indicator = period.indicators.find((candidate) => candidate.code === code);
    if (!indicator) return [];
    const target = targets.find((candidate) => candidate.period === period.period)?.value ?? null;
    return [{ period: period.period, value: indicator.aggregate, target }];
  });
}
