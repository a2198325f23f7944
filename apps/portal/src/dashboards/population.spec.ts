import type { PopulationStatisticDto } from '@samvirke/contracts';
import { statisticFor } from './population.js';

const row = (kommunekode: string, period: string, value: number): PopulationStatisticDto => ({
  kommunekode,
  period,
  value,
  source: 'Danmarks Statistik',
  loadedAt: '2026-01-01T00:00:00.000Z',
});

describe('the official figure beside a programme figure', () => {
  const statistics = [
    row('101', '2024', 10),
    row('101', '2025-Q2', 9),
    row('101', '2023', 11),
    row('751', '2025', 8),
  ];

  it('takes the same period, else its year, else the latest before it', () => {
    expect(statisticFor(statistics, '101', '2025-Q2')).toEqual({ value: 9, period: '2025-Q2' });
    expect(statisticFor(statistics, '751', '2025-Q3')).toEqual({ value: 8, period: '2025' });
    expect(statisticFor(statistics, '101', '2025-Q1')).toEqual({ value: 10, period: '2024' });
  });

  it('has none for an organisation outside the municipalities or before the first figure', () => {
    expect(statisticFor(statistics, null, '2025')).toBeNull();
    expect(statisticFor(statistics, '101', '2022')).toBeNull();
    expect(statisticFor(statistics, '461', '2025')).toBeNull();
  });
});
