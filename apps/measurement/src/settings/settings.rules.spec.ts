import type { MeasurementSettings } from '@samvirke/contracts';
import { ruleCodes, unknownCodeErrors } from './settings.rules.js';

const settings = (rules: MeasurementSettings['rules']): MeasurementSettings => ({
  rules,
  suppressBelow: 5,
  minContributors: 3,
});

describe('measurement settings rules', () => {
  it('names each indicator code of the rules once', () => {
    expect(
      ruleCodes(
        settings([
          { left: 'part', operator: '<=', right: 'whole' },
          { left: 'whole', operator: '<', right: 'all' },
        ]),
      ),
    ).toEqual(['part', 'whole', 'all']);
    expect(ruleCodes(settings([]))).toEqual([]);
  });

  it('points at every side of a rule that names an indicator the library lacks', () => {
    const rules = settings([
      { left: 'part', operator: '<=', right: 'whole' },
      { left: 'ukendt', operator: '=', right: 'andet-ukendt' },
    ]);
    expect(unknownCodeErrors(rules, new Set(['part', 'whole']))).toEqual([
      { pointer: '/rules/1/left', detail: 'no indicator has code ukendt' },
      { pointer: '/rules/1/right', detail: 'no indicator has code andet-ukendt' },
    ]);
    expect(unknownCodeErrors(rules, new Set(['part', 'whole', 'ukendt', 'andet-ukendt']))).toEqual([]);
  });
});
