import { tableView, type PeriodFigures, type Viewer } from '../progress/table-view.js';
import { groupAggregate, groupView, type GroupedValue } from './analytics-groups.rules.js';

const viewer = (organisations: string[] = [], minContributors = 2): Viewer => ({
  organisations: new Set(organisations),
  suppressBelow: 5,
  minContributors,
});

function table(values: Record<string, number>): { figures: PeriodFigures; grouped: GroupedValue[] } {
  const entries = Object.entries(values);
  const grouped = entries.map(([id, value], index) => ({
    organisationId: id,
    name: id,
    value,
    decidedAt: index,
  }));
  return {
    figures: { aggregate: entries.reduce((sum, [, value]) => sum + value, 0), values: grouped },
    grouped,
  };
}

const sensitiveSum = { sensitive: true, aggregation: 'sum' } as const;

function view(values: Record<string, number>, groups: Record<string, string[]>, who: Viewer) {
  const { figures, grouped } = table(values);
  const progress = tableView(sensitiveSum, figures, who);
  const shown = groupView(
    sensitiveSum,
    figures,
    grouped,
    new Map(Object.entries(groups)),
    new Map(),
    who,
    progress,
    undefined,
  );
  return Object.fromEntries(shown.map((group) => [group.key, group.shown]));
}

describe('groups of organisations in a suppressed table', () => {
  it('aggregates a group as its indicator aggregates', () => {
    const values = [
      { organisationId: 'a', name: 'a', value: 10, decidedAt: 2 },
      { organisationId: 'b', name: 'b', value: 20, decidedAt: 1 },
    ];
    expect(groupAggregate('sum', values, new Map())).toBe(30);
    expect(groupAggregate('mean', values, new Map())).toBe(15);
    expect(groupAggregate('latest', values, new Map())).toBe(10);
    expect(
      groupAggregate(
        'weighted-mean',
        values,
        new Map([
          ['a', 1],
          ['b', 3],
        ]),
      ),
    ).toBe(17.5);
    expect(groupAggregate('sum', [], new Map())).toBeNull();
  });

  it('shows groups of values progress shows', () => {
    expect(view({ a: 40, b: 50, c: 60, d: 70 }, { x: ['a', 'b'], y: ['c', 'd'] }, viewer())).toEqual({
      x: 90,
      y: 130,
    });
  });

  it('shows a group whose figure the caller can already work out from progress', () => {
    // Progress shows a as "<5", b (40) hidden beside it, c, d and the total 153: a + b = 43 anyway.
    expect(view({ a: 3, b: 40, c: 50, d: 60 }, { x: ['a', 'b'], y: ['c', 'd'] }, viewer())).toEqual({
      x: 43,
      y: 110,
    });
  });

  it('hides a group that would give away a value progress hides, and the group that would give that one', () => {
    // a + c beside the c progress shows would read a's 3; b + d then b's 40.
    const shown = view({ a: 3, b: 40, c: 50, d: 60 }, { x: ['a', 'c'], y: ['b', 'd'] }, viewer());
    expect(shown).toEqual({ x: 'suppressed', y: 'suppressed' });
  });

  it('hides a group of fewer organisations than the minimum, unless they are all the caller’s own', () => {
    expect(view({ a: 40, b: 50, c: 60 }, { x: ['a'], y: ['b', 'c'] }, viewer([], 2))['x']).toBe('suppressed');
    expect(view({ a: 40, b: 50, c: 60 }, { x: ['a'], y: ['b', 'c'] }, viewer(['a'], 2))['x']).toBe(40);
  });

  it('shows a small group total as "<5" to others', () => {
    expect(
      view({ a: 1, b: 2, c: 60, d: 70, e: 80 }, { x: ['a', 'b'], y: ['c', 'd', 'e'] }, viewer())['x'],
    ).toBe('<5');
  });
});
