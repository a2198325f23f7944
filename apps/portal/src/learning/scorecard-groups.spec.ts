import type { ScorecardIndicatorDto } from '@samvirke/contracts';
import { scorecardGroups, trendPoints } from './scorecard-groups.js';

const indicator = (
  code: string,
  rbaKind: ScorecardIndicatorDto['rbaKind'],
  question: ScorecardIndicatorDto['performanceQuestion'],
) => ({ code, rbaKind, performanceQuestion: question }) as ScorecardIndicatorDto;

describe('scorecard groups', () => {
  it('puts population indicators first, then performance measures by question, then the unclassified', () => {
    const groups = scorecardGroups([
      indicator('a', null, null),
      indicator('b', 'performance', 'better-off'),
      indicator('c', 'population', null),
      indicator('d', 'performance', 'how-much'),
      indicator('e', 'performance', null),
    ]);
    expect(groups.map((group) => [group.key, group.indicators.map((item) => item.code)])).toEqual([
      ['population', ['c']],
      ['how-much', ['d']],
      ['better-off', ['b']],
      ['performance', ['e']],
      ['unclassified', ['a']],
    ]);
  });

  it('draws suppressed values as gaps', () => {
    expect(
      trendPoints([
        { period: '2026-Q1', value: 12, target: 10 },
        { period: '2026-Q2', value: '<5', target: null },
        { period: '2026-Q3', value: null, target: null },
      ]).map((point) => point.actual),
    ).toEqual([12, null, null]);
  });
});
