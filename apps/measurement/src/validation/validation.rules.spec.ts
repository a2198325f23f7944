import { ruleViolations, type ApprovedTotal } from './validation.rules.js';

const total = (period: string, organisation: string, code: string, value: number): ApprovedTotal => ({
  period,
  organisationId: `id-${organisation}`,
  organisationName: organisation,
  code,
  value,
});

describe('the validation report', () => {
  const rule = { left: 'gennemfoert', operator: '<=' as const, right: 'tilmeldt' };

  it('names each report where a rule does not hold, with both values, oldest first', () => {
    const totals = [
      total('2026-Q2', 'Aarhus', 'gennemfoert', 12),
      total('2026-Q2', 'Aarhus', 'tilmeldt', 10),
      total('2026-Q1', 'København', 'gennemfoert', 8),
      total('2026-Q1', 'København', 'tilmeldt', 9),
      total('2026-Q1', 'Aarhus', 'gennemfoert', 5),
      total('2026-Q1', 'Aarhus', 'tilmeldt', 4),
    ];
    expect(ruleViolations(totals, [rule])).toEqual([
      {
        period: '2026-Q1',
        organisationId: 'id-Aarhus',
        organisationName: 'Aarhus',
        ...rule,
        leftValue: 5,
        rightValue: 4,
      },
      {
        period: '2026-Q2',
        organisationId: 'id-Aarhus',
        organisationName: 'Aarhus',
        ...rule,
        leftValue: 12,
        rightValue: 10,
      },
    ]);
  });

  it('does not judge a report that lacks one side, and agrees with the operator at the edge', () => {
    expect(ruleViolations([total('2026-Q1', 'Aarhus', 'gennemfoert', 5)], [rule])).toEqual([]);
    const equal = [total('2026-Q1', 'A', 'gennemfoert', 5), total('2026-Q1', 'A', 'tilmeldt', 5)];
    expect(ruleViolations(equal, [rule])).toEqual([]);
    expect(ruleViolations(equal, [{ ...rule, operator: '<' }])).toHaveLength(1);
  });
});
