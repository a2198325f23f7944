import type { Principal } from '@samvirke/auth';
import { needsExplanation, type SubmitGrantReport } from '@samvirke/contracts';
import { anAward } from '../../test/award-dto.fixture.js';
import { financialLines, reportErrors, requireDecider, requireOpenForSubmission } from './reports.rules.js';

const template = [
  { key: 'progress', title: 'Fremdrift' },
  { key: 'results', title: 'Resultater' },
];
const budget = [
  { category: 'Løn', amountOre: 1_000 },
  { category: 'Aktiviteter', amountOre: 500 },
];
const command = (overrides: Partial<SubmitGrantReport> = {}): SubmitGrantReport => ({
  kind: 'progress',
  trancheId: null,
  sections: { progress: 'Godt i gang', results: '18 i job' },
  financialLines: [
    { category: 'Løn', actualOre: 1_100, explanation: '' },
    { category: 'Aktiviteter', actualOre: 400, explanation: 'Færre udflugter' },
  ],
  ...overrides,
});

describe("a grantee's report", () => {
  it('wants an explanation only where the actual strays from the budget by more than a tenth', () => {
    expect(needsExplanation(1_000, 1_100)).toBe(false);
    expect(needsExplanation(1_000, 900)).toBe(false);
    expect(needsExplanation(1_000, 1_101)).toBe(true);
    expect(needsExplanation(1_000, 899)).toBe(true);
    expect(needsExplanation(0, 1)).toBe(true);
  });

  it('is complete when every section is answered and every budget line reported and explained', () => {
    expect(reportErrors(command(), template, budget, anAward())).toEqual([]);
  });

  it('names every section, line, explanation and tranche that is wrong', () => {
    const errors = reportErrors(
      command({
        trancheId: '00000000-0000-4000-8000-000000000000',
        sections: { progress: 'Godt i gang', other: 'x' },
        financialLines: [
          { category: 'Løn', actualOre: 2_000, explanation: '' },
          { category: 'Løn', actualOre: 1, explanation: '' },
        ],
      }),
      template,
      budget,
      anAward(),
    );
    expect(errors.map((error) => error.pointer)).toEqual([
      '/sections/other',
      '/sections/results',
      '/financialLines/0/explanation',
      '/financialLines/1/category',
      '/financialLines',
      '/trancheId',
    ]);
    expect(errors.find((error) => error.pointer === '/financialLines')?.detail).toBe(
      'no actual for Aktiviteter',
    );
  });

  it('stores budget, actual and variance per budget line in the budget’s order', () => {
    expect(financialLines(command(), budget)).toEqual([
      { category: 'Løn', budgetOre: 1_000, actualOre: 1_100, varianceOre: 100, explanation: '' },
      {
        category: 'Aktiviteter',
        budgetOre: 500,
        actualOre: 400,
        varianceOre: -100,
        explanation: 'Færre udflugter',
      },
    ]);
  });

  it('takes a new version only after the last one was returned', () => {
    const latest = (status: 'submitted' | 'approved' | 'returned') =>
      ({ version: 1, status }) as Parameters<typeof requireOpenForSubmission>[0];
    expect(() => requireOpenForSubmission(undefined)).not.toThrow();
    expect(() => requireOpenForSubmission(latest('returned'))).not.toThrow();
    expect(() => requireOpenForSubmission(latest('submitted'))).toThrow(/submitted/);
    expect(() => requireOpenForSubmission(latest('approved'))).toThrow(/approved/);
  });

  it("is decided by the call's foundation's officers only, never by a co-funder or an admin", () => {
    const award = anAward();
    const officer = { roles: ['foundation-officer'], organisations: [] } as unknown as Principal;
    expect(() => requireDecider(officer, [award.awardingOrganisationId], award)).not.toThrow();
    expect(() => requireDecider(officer, ['b'], award)).toThrow(/call's foundation/);
    const admin = { roles: ['platform-admin'], organisations: [] } as unknown as Principal;
    expect(() => requireDecider(admin, [award.awardingOrganisationId], award)).toThrow(/call's foundation/);
  });
});
