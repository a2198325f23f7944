import { previousPeriod, shownValue } from './small-numbers.js';

describe('small-number suppression', () => {
  it('hides sensitive counts from 1 to 4 from other organisations only', () => {
    expect([0, 1, 4, 5].map((value) => shownValue(value, true, false))).toEqual([0, '<5', '<5', 5]);
    expect(shownValue(3, true, true)).toBe(3);
    expect(shownValue(3, false, false)).toBe(3);
  });
});

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
