import { previousPeriod } from './periods.js';

describe('previous period', () => {
  it.each([
    ['2026-Q1', '2025-Q4'],
    ['2026-Q3', '2026-Q2'],
    ['2026-01', '2025-12'],
    ['2026-10', '2026-09'],
    ['2026', '2025'],
  ])('before %s comes %s', (period, previous) => {
    expect(previousPeriod(period)).toBe(previous);
  });
});
