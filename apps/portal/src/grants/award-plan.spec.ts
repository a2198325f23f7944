import {
  addCondition,
  addTranche,
  awardBody,
  changeAmount,
  changeCondition,
  changeTranche,
  checkPlan,
  initialPlan,
  removeCondition,
  removeTranche,
  splitEvenly,
  toggleTrancheCondition,
  trancheSum,
} from './award-plan.js';

const t = (da: string) => da;
const TODAY = '2026-06-01';
const INDICATORS = [
  { code: 'unge-i-uddannelse', frequency: 'quarterly' as const },
  { code: 'boliger', frequency: 'annual' as const },
];

describe('the tranches of an award being put together', () => {
  it('starts as the requested amount in two halves from today', () => {
    const plan = initialPlan(60_000_000, TODAY, 'da');
    expect(plan.amount).toBe('600000');
    expect(plan.tranches).toEqual([
      { amount: '300000', earliestDate: TODAY, conditions: [] },
      { amount: '300000', earliestDate: TODAY, conditions: [] },
    ]);
  });

  it('takes any number of tranches: a new one holds what is left, and any but the last can go', () => {
    let plan = initialPlan(60_000_000, TODAY, 'da');
    plan = changeTranche(plan, 1, { amount: '200000', earliestDate: '2026-12-01' });
    plan = addTranche(plan, 'da');
    expect(plan.tranches).toHaveLength(3);
    expect(plan.tranches[2]).toEqual({ amount: '100000', earliestDate: '2026-12-01', conditions: [] });
    expect(trancheSum(plan)).toBe(60_000_000);
    plan = addTranche(plan, 'da');
    expect(plan.tranches[3]?.amount).toBe('');
    plan = removeTranche(plan, 0);
    expect(plan.tranches.map((tranche) => tranche.amount)).toEqual(['200000', '100000', '']);
    plan = removeTranche(removeTranche(plan, 0), 0);
    expect(removeTranche(plan, 0).tranches).toHaveLength(1);
  });

  it('spreads a changed amount over the tranches again', () => {
    const plan = changeAmount(addTranche(initialPlan(60_000_000, TODAY, 'da'), 'da'), '450.000', 'da');
    expect(plan.tranches.map((tranche) => tranche.amount)).toEqual(['150000', '150000', '150000']);
    expect(changeAmount(plan, 'abc', 'da').tranches).toEqual(plan.tranches);
  });

  it('spreads the amount evenly in whole kroner, the last tranche taking the rest', () => {
    const plan = addTranche(initialPlan(100_000_050, TODAY, 'da'), 'da');
    expect(splitEvenly(plan, 'da').tranches.map((tranche) => tranche.amount)).toEqual([
      '333333',
      '333333',
      '333334,5',
    ]);
    expect(trancheSum(splitEvenly(plan, 'da'))).toBe(100_000_050);
  });

  it('says when the tranches do not add up to the amount, or a tranche has no amount or date', () => {
    let plan = changeTranche(initialPlan(60_000_000, TODAY, 'da'), 1, { amount: '100.000' });
    expect(checkPlan(plan, INDICATORS, t).errors).toEqual({
      '/tranches': 'Raterne skal tilsammen give det bevilgede beløb.',
    });
    plan = changeTranche(plan, 0, { amount: 'abc', earliestDate: '' });
    expect(Object.keys(checkPlan(plan, INDICATORS, t).errors).sort()).toEqual([
      '/tranches',
      '/tranches/0/amountOre',
      '/tranches/0/earliestDate',
    ]);
    expect(checkPlan({ ...plan, amount: '0' }, INDICATORS, t).errors['/amountOre']).toBeDefined();
  });
});

describe('the conditions of an award being put together', () => {
  it("are the programme's indicators with a period of the indicator's frequency", () => {
    let plan = addCondition(initialPlan(60_000_000, TODAY, 'da'));
    expect(checkPlan(plan, INDICATORS, t).errors).toEqual({
      '/conditions/0/indicatorCode': 'Vælg en af programmets indikatorer.',
    });
    plan = changeCondition(plan, 0, { indicatorCode: 'unge-i-uddannelse', period: '2026' });
    expect(checkPlan(plan, INDICATORS, t).errors).toEqual({
      '/conditions/0/period': 'Skriv en periode som indikatoren indberettes for, fx 2026-Q3.',
    });
    plan = changeCondition(plan, 0, { period: '2026-Q3' });
    expect(checkPlan(plan, INDICATORS, t).errors).toEqual({});
    // A code that is not the programme's is never taken.
    expect(
      Object.keys(
        checkPlan(changeCondition(plan, 0, { indicatorCode: 'findes-ikke' }), INDICATORS, t).errors,
      ),
    ).toEqual(['/conditions/0/indicatorCode']);
  });

  it('get keys of their own, and leave the tranches that waited for them when removed', () => {
    let plan = addCondition(addCondition(initialPlan(60_000_000, TODAY, 'da')));
    expect(plan.conditions.map((condition) => condition.key)).toEqual(['betingelse-1', 'betingelse-2']);
    plan = toggleTrancheCondition(plan, 1, 'betingelse-1', true);
    plan = toggleTrancheCondition(plan, 1, 'betingelse-2', true);
    plan = toggleTrancheCondition(plan, 1, 'betingelse-2', true);
    expect(plan.tranches[1]?.conditions).toEqual(['betingelse-1', 'betingelse-2']);
    plan = removeCondition(plan, 0);
    expect(plan.tranches[1]?.conditions).toEqual(['betingelse-2']);
    expect(addCondition(plan).conditions.map((condition) => condition.key)).toEqual([
      'betingelse-2',
      'betingelse-3',
    ]);
    expect(addCondition(initialPlan(null, TODAY, 'en'), 'condition').conditions[0]?.key).toBe('condition-1');
  });

  it('go to the service with every tranche in øre', () => {
    let plan = addCondition(addTranche(initialPlan(60_000_000, TODAY, 'da'), 'da'));
    plan = changeTranche(plan, 1, { amount: '200.000' });
    plan = changeTranche(plan, 2, { amount: '100000', earliestDate: '2027-01-01' });
    plan = changeCondition(plan, 0, { indicatorCode: 'unge-i-uddannelse', period: '2026-Q3' });
    plan = toggleTrancheCondition(plan, 2, 'betingelse-1', true);
    plan = changeTranche(plan, 0, { awaitsAgreement: true });
    plan = changeTranche(plan, 2, { awaitsReport: 'final' });
    const none = { awaitsReport: null, awaitsAgreement: false };
    expect(awardBody(plan, 'fund')).toEqual({
      amountOre: 60_000_000,
      shares: [{ funderOrganisationId: 'fund', amountOre: 60_000_000 }],
      conditions: [{ key: 'betingelse-1', indicatorCode: 'unge-i-uddannelse', period: '2026-Q3' }],
      tranches: [
        { amountOre: 30_000_000, earliestDate: TODAY, conditions: [], ...none, awaitsAgreement: true },
        { amountOre: 20_000_000, earliestDate: TODAY, conditions: [], ...none },
        {
          amountOre: 10_000_000,
          earliestDate: '2027-01-01',
          conditions: ['betingelse-1'],
          ...none,
          awaitsReport: 'final',
        },
      ],
    });
  });
});
