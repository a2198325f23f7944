import { HEALTH_CHECK_CONDITIONS, healthCheckItemSet, type HealthCheckItemSet } from '@samvirke/contracts';
import { answerErrors, minimumOf, roundResult, roundStatus, type RoundRecord } from './health-check.rules.js';

const ITEMS: HealthCheckItemSet = (() => {
  const set = healthCheckItemSet(1);
  if (!set) throw new Error('item set 1 is not declared');
  return set;
})();
const ROUND: RoundRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  programmeId: '00000000-0000-4000-8000-000000000002',
  title: 'Forår',
  opensOn: '2026-03-01',
  closesOn: '2026-03-20',
  closedAt: null,
  itemSetVersion: 1,
  minResponses: 5,
  responseCount: 5,
};

describe('the health check item set, version 1', () => {
  it('has three or four items on each of the five conditions, each in Danish and English', () => {
    for (const condition of HEALTH_CHECK_CONDITIONS) {
      const items = ITEMS.items.filter((item) => item.condition === condition);
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(items.length).toBeLessThanOrEqual(4);
      for (const item of items) expect(item.text.da && item.text.en).toBeTruthy();
    }
    expect(new Set(ITEMS.items.map((item) => item.id)).size).toBe(ITEMS.items.length);
    expect(ITEMS.scale.map((point) => point.da)).toEqual([
      'Helt uenig',
      'Uenig',
      'Hverken enig eller uenig',
      'Enig',
      'Helt enig',
    ]);
  });
});

describe('health check rules', () => {
  it('opens on its first day, closes after its last or when closed by hand', () => {
    expect(roundStatus(ROUND, '2026-02-28')).toBe('scheduled');
    expect(roundStatus(ROUND, '2026-03-01')).toBe('open');
    expect(roundStatus(ROUND, '2026-03-20')).toBe('open');
    expect(roundStatus(ROUND, '2026-03-21')).toBe('closed');
    expect(roundStatus({ ...ROUND, closedAt: '2026-03-05T10:00:00Z' }, '2026-03-06')).toBe('closed');
  });

  it('never lets a round ask fewer responses than the floor', () => {
    expect(minimumOf(undefined, 5)).toBe(5);
    expect(minimumOf(8, 5)).toBe(8);
    expect(minimumOf(2, 5)).toBe(5);
  });

  it('names a missing item, a value outside 0–5, a fraction and an unknown item', () => {
    const answers: Record<string, unknown> = Object.fromEntries(ITEMS.items.map((item) => [item.id, 3]));
    delete answers['ca-1'];
    answers['ca-2'] = -1;
    answers['ca-4'] = 0;
    answers['ca-3'] = 2.5;
    answers['xx-1'] = 4;
    expect(answerErrors(ITEMS, answers).map((error) => error.pointer)).toEqual([
      '/answers/ca-1',
      '/answers/ca-2',
      '/answers/ca-3',
      '/answers/xx-1',
    ]);
  });

  it('shows nothing while open or below the minimum, and the mean and distribution after', () => {
    const tallies = [
      { roundId: ROUND.id, itemId: 'ca-1', value: 5, count: 3 },
      { roundId: ROUND.id, itemId: 'ca-2', value: 1, count: 1 },
      { roundId: 'another', itemId: 'ca-2', value: 1, count: 50 },
    ];
    expect(roundResult(ROUND, '2026-03-10', ITEMS, tallies)).toMatchObject({
      hidden: 'open',
      conditions: [],
    });
    expect(roundResult({ ...ROUND, responseCount: 4 }, '2026-04-01', ITEMS, tallies).hidden).toBe(
      'too-few-responses',
    );
    const shown = roundResult(ROUND, '2026-04-01', ITEMS, tallies);
    expect(shown.hidden).toBeNull();
    expect(shown.conditions[0]).toEqual({
      condition: 'common-agenda',
      mean: 4,
      distribution: [1, 0, 0, 0, 3],
      dontKnow: 0,
    });
    expect(shown.conditions[1]).toEqual({
      condition: 'shared-measurement',
      mean: 0,
      distribution: [0, 0, 0, 0, 0],
      dontKnow: 0,
    });
  });

  it('counts "Ved ikke" beside the distribution and leaves it out of the mean', () => {
    const tallies = [
      { roundId: ROUND.id, itemId: 'ca-1', value: 4, count: 2 },
      { roundId: ROUND.id, itemId: 'ca-2', value: 2, count: 2 },
      { roundId: ROUND.id, itemId: 'ca-3', value: 0, count: 6 },
    ];
    expect(roundResult(ROUND, '2026-04-01', ITEMS, tallies).conditions[0]).toEqual({
      condition: 'common-agenda',
      mean: 3,
      distribution: [0, 2, 0, 2, 0],
      dontKnow: 6,
    });
  });
});
