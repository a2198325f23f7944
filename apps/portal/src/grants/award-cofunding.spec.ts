import type { FundingOverviewDto } from '@samvirke/contracts';
import { checkCoFunding, coFundersOf, shareIndex, sharesOf } from './award-cofunding.js';

const t = (da: string): string => da;
const kroner = (ore: number): string => `${ore / 100} kr.`;
const HELSEFONDEN = '9c0c1f21-683f-4f6f-955e-344191179471';
const BIKUBEN = 'dcf09bc8-0276-41c5-9d9e-161f1e73628e';
const REALDANIA = 'a075b9ce-6e79-4e52-97a9-47fd8c6cec0f';
const bikuben = { id: BIKUBEN, name: 'Bikubenfonden', remainingOre: 30_000_000 };

describe('coFundersOf', () => {
  it('offers the programme’s other funders that have money left, never the call’s own', () => {
    const figures = { committedOre: 1, awardedOre: 0, paidOre: 0, commitments: [] };
    const overview = {
      programmeId: 'p',
      total: { committedOre: 0, awardedOre: 0, paidOre: 0, remainingOre: 0 },
      funders: [
        { ...figures, funderOrganisationId: HELSEFONDEN, funderName: 'Helsefonden', remainingOre: 5 },
        { ...figures, funderOrganisationId: BIKUBEN, funderName: 'Bikubenfonden', remainingOre: 30_000_000 },
        { ...figures, funderOrganisationId: REALDANIA, funderName: 'Realdania', remainingOre: 0 },
      ],
    } satisfies FundingOverviewDto;
    expect(coFundersOf(overview, HELSEFONDEN)).toEqual([bikuben]);
    expect(coFundersOf(null, HELSEFONDEN)).toEqual([]);
  });
});

describe('sharesOf', () => {
  it('gives the call’s foundation what the co-funders do not pay, first', () => {
    expect(sharesOf(60_000_000, HELSEFONDEN, [{ funder: BIKUBEN, amount: '200.000' }])).toEqual([
      { funderOrganisationId: HELSEFONDEN, amountOre: 40_000_000 },
      { funderOrganisationId: BIKUBEN, amountOre: 20_000_000 },
    ]);
  });

  it('leaves the call’s foundation out when the co-funders pay it all, and the pointers follow', () => {
    const all = [{ funder: BIKUBEN, amount: '600.000' }];
    expect(sharesOf(60_000_000, HELSEFONDEN, all)).toEqual([
      { funderOrganisationId: BIKUBEN, amountOre: 60_000_000 },
    ]);
    expect(shareIndex(60_000_000, all, 0)).toBe(0);
    expect(shareIndex(60_000_000, [{ funder: BIKUBEN, amount: '1' }], 0)).toBe(1);
  });
});

describe('checkCoFunding', () => {
  it('names a missing foundation, a bad amount and one beyond what the foundation has left', () => {
    const errors = checkCoFunding(
      100_000_000,
      [
        { funder: '', amount: 'meget' },
        { funder: BIKUBEN, amount: '400.000' },
      ],
      [bikuben],
      t,
      kroner,
    );
    expect(errors).toEqual({
      '/shares/1/funderOrganisationId': 'Vælg en fond.',
      '/shares/1/amountOre': 'Skriv et beløb i kroner.',
      '/shares/2/amountOre': 'Fonden har kun 300000 kr. tilbage af sit tilsagn.',
    });
  });

  it('names a foundation chosen twice and co-funding above the award', () => {
    const twice = [
      { funder: BIKUBEN, amount: '100.000' },
      { funder: BIKUBEN, amount: '100.000' },
    ];
    expect(checkCoFunding(10_000_000, twice, [bikuben], t, kroner)).toEqual({
      '/shares/1/funderOrganisationId': 'Fonden er valgt to gange.',
      '/shares': 'Medfinansieringen er større end det bevilgede beløb.',
    });
  });
});
