import { tracked } from '../../test/tracked-indicators.fixture.js';
import { missingRequired, ruleErrors, valueErrors } from './submissions.rules.js';

describe('submission values', () => {
  it('accepts whole counts, decimals within the scale and known disaggregations', () => {
    expect(
      valueErrors(
        [
          { indicator: 'hjemloese', value: 12 },
          { indicator: 'hjemloese', disaggregation: 'koen=kvinde', value: 5 },
          { indicator: 'andel', value: 42.5 },
        ],
        tracked,
      ),
    ).toEqual([]);
  });

  it('names every problem with its pointer', () => {
    const errors = valueErrors(
      [
        { indicator: 'hjemloese', value: 2.5 },
        { indicator: 'ukendt', value: 1 },
        { indicator: 'andel', value: 101.25 },
        { indicator: 'hjemloese', disaggregation: 'alder=18-24', value: -1 },
        { indicator: 'hjemloese', value: 3 },
      ],
      tracked,
    );
    expect(errors.map((error) => error.pointer)).toEqual([
      '/values/0/value',
      '/values/1/indicator',
      '/values/2/value',
      '/values/2/value',
      '/values/3/disaggregation',
      '/values/3/value',
      '/values/4',
    ]);
  });

  it('reports required indicators without a total', () => {
    expect(missingRequired([{ indicator: 'hjemloese', disaggregation: 'koen=mand' }], tracked)).toEqual([
      { pointer: '/values', detail: 'the required indicator hjemloese has no value' },
    ]);
    expect(missingRequired([{ indicator: 'hjemloese', disaggregation: null }], tracked)).toEqual([]);
  });
});

describe('cross-indicator rules', () => {
  it('compares totals only and points at the left value', () => {
    const rules = [{ left: 'part', operator: '<=' as const, right: 'whole' }];
    expect(
      ruleErrors(
        [
          { indicator: 'part', value: 3 },
          { indicator: 'whole', value: 5 },
        ],
        rules,
      ),
    ).toEqual([]);
    expect(
      ruleErrors(
        [
          { indicator: 'whole', value: 5 },
          { indicator: 'part', value: 6 },
        ],
        rules,
      ),
    ).toEqual([{ pointer: '/values/1/value', detail: 'part must be <= whole (5)' }]);
    expect(
      ruleErrors(
        [
          { indicator: 'part', disaggregation: 'koen=mand', value: 9 },
          { indicator: 'whole', value: 5 },
        ],
        rules,
      ),
    ).toEqual([]);
  });
});
