import { unmeetableConditions } from './award-warnings.js';

const condition = (key: string, indicatorCode: string, period: string, fulfilled = false) => ({
  id: `${key}-id`,
  key,
  indicatorCode,
  period,
  fulfilled,
});
const INDICATORS = [
  { code: 'unge-i-uddannelse', frequency: 'quarterly' as const },
  { code: 'boliger', frequency: 'annual' as const },
];

describe('an award condition that can never be met', () => {
  it('is one whose indicator the programme does not track', () => {
    const missing = condition('rapport', 'findes-ikke', '2026-Q3');
    expect(unmeetableConditions([missing], INDICATORS)).toEqual([
      { condition: missing, problem: 'not-in-programme' },
    ]);
  });

  it('is one whose period the indicator is never reported for', () => {
    const quarterOfAnnual = condition('bolig', 'boliger', '2026-Q3');
    expect(unmeetableConditions([quarterOfAnnual], INDICATORS)).toEqual([
      { condition: quarterOfAnnual, problem: 'other-frequency' },
    ]);
  });

  it('is never a condition that can be met, or one that is met already', () => {
    expect(
      unmeetableConditions(
        [
          condition('a', 'unge-i-uddannelse', '2026-Q3'),
          condition('b', 'boliger', '2027'),
          condition('c', 'findes-ikke', '2026', true),
        ],
        INDICATORS,
      ),
    ).toEqual([]);
  });
});
