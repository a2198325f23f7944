import { checkCommitment, commitmentBody, emptyCommitment } from './commitment-draft.js';

const t = (da: string): string => da;
const FUNDER = '9c0c1f21-683f-4f6f-955e-344191179471';

describe('checkCommitment', () => {
  it('names a bad amount and a period ending before it starts as they are typed', () => {
    const draft = { funder: FUNDER, amount: '-5', periodStart: '2027-01-01', periodEnd: '2026-12-31' };
    expect(Object.keys(checkCommitment(draft, t, false)).sort()).toEqual(['/amountOre', '/periodEnd']);
    expect(checkCommitment({ ...draft, amount: 'ti mio.' }, t, false)['/amountOre']).toMatch(/beløb/);
    expect(checkCommitment({ ...draft, amount: '900.000.000.000.000' }, t, false)['/amountOre']).toBe(
      'Beløbet er for stort.',
    );
  });

  it('names missing fields only once the officer sends', () => {
    expect(checkCommitment(emptyCommitment(''), t, false)).toEqual({});
    expect(Object.keys(checkCommitment(emptyCommitment(''), t, true)).sort()).toEqual([
      '/amountOre',
      '/funderOrganisationId',
      '/periodEnd',
      '/periodStart',
    ]);
  });

  it('sends kroner typed the Danish way as øre', () => {
    const draft = {
      funder: FUNDER,
      amount: '2.500.000,50',
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    };
    expect(checkCommitment(draft, t, true)).toEqual({});
    expect(commitmentBody(draft)).toEqual({
      funderOrganisationId: FUNDER,
      amountOre: 250_000_050,
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    });
  });
});
