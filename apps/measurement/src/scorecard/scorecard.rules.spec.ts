import { goodDirectionOf, linearForecast, periodOrdinal, turningTheCurve } from './scorecard.rules.js';

const point = (period: string, value: number | '<5' | null) => ({ period, value, target: null });

describe('scorecard rules', () => {
  it('orders periods of each frequency on one time line', () => {
    expect(periodOrdinal('2026-Q1') - periodOrdinal('2025-Q4')).toBe(1);
    expect(periodOrdinal('2026-01') - periodOrdinal('2025-12')).toBe(1);
    expect(periodOrdinal('2027') - periodOrdinal('2026')).toBe(1);
  });

  it('takes the direction of a good trend from the configuration, else from the polarity', () => {
    expect(goodDirectionOf(null, 'lower-is-better')).toBe('down');
    expect(goodDirectionOf(null, 'higher-is-better')).toBe('up');
    expect(goodDirectionOf('up', 'lower-is-better')).toBe('up');
  });

  it('forecasts along the least-squares line, flat from a single point', () => {
    expect(
      linearForecast(
        [
          { x: 0, y: 10 },
          { x: 1, y: 12 },
          { x: 2, y: 14 },
        ],
        3,
      ),
    ).toBeCloseTo(16);
    expect(linearForecast([{ x: 5, y: 7 }], 9)).toBe(7);
    expect(linearForecast([], 1)).toBeNull();
  });

  it('sees the curve turn when the latest value beats the forecast in the good direction', () => {
    // Rising 100, 110, 120 would forecast 130; 115 is below it, which is good when down is good.
    const curve = [point('2026-Q1', 110), point('2026-Q2', 120), point('2026-Q3', 115)];
    const baseline = { period: '2025-Q4', value: 100 };
    expect(turningTheCurve(baseline, curve, 'down')).toEqual({
      status: 'turning',
      period: '2026-Q3',
      forecast: 130,
      actual: 115,
    });
    expect(turningTheCurve(baseline, curve, 'up').status).toBe('not-turning');
  });

  it('leaves suppressed values out of both the forecast and the actual', () => {
    const curve = [point('2026-Q1', 10), point('2026-Q2', '<5'), point('2026-Q3', null)];
    expect(turningTheCurve(null, curve, 'up')).toEqual({
      status: 'insufficient-data',
      period: '2026-Q1',
      forecast: null,
      actual: 10,
    });
    expect(turningTheCurve({ period: '2025-Q4', value: 8 }, curve, 'up')).toMatchObject({
      status: 'turning',
      forecast: 8,
      actual: 10,
    });
  });
});
