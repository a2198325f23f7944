import type { FundingCommitmentDto } from '@samvirke/contracts';
import { fundingOverview, remainingCommitment } from './funding.rules.js';

const commitment = (id: string, funder: string, amountOre: number): FundingCommitmentDto => ({
  id,
  programmeId: 'programme',
  funderOrganisationId: funder,
  amountOre,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  committedAt: '2026-01-02T10:00:00.000Z',
});

describe('a funder in a programme', () => {
  it('may still award what it committed less what it awarded or reserved', () => {
    expect(remainingCommitment({ committed: 1_000, awarded: 400, paid: 100 })).toBe(600);
  });
});

describe('the funding overview', () => {
  const figures = new Map([
    ['a', { committed: 1_000, awarded: 400, paid: 100 }],
    // Awarded beyond its commitments (a commitment can only be added to): nothing remains, never less.
    ['b', { committed: 200, awarded: 300, paid: 0 }],
  ]);
  const commitments = [commitment('c1', 'a', 600), commitment('c2', 'b', 200), commitment('c3', 'a', 400)];
  const overview = fundingOverview('programme', figures, commitments, new Map([['a', 'Helsefonden']]));

  it("lists each funder's figures with its own commitments and its name where known", () => {
    expect(overview.funders).toEqual([
      {
        funderOrganisationId: 'a',
        funderName: 'Helsefonden',
        committedOre: 1_000,
        awardedOre: 400,
        paidOre: 100,
        remainingOre: 600,
        commitments: [commitments[0], commitments[2]],
      },
      {
        funderOrganisationId: 'b',
        funderName: null,
        committedOre: 200,
        awardedOre: 300,
        paidOre: 0,
        remainingOre: 0,
        commitments: [commitments[1]],
      },
    ]);
  });

  it("sums the funders' figures", () => {
    expect(overview.total).toEqual({ committedOre: 1_200, awardedOre: 700, paidOre: 100, remainingOre: 600 });
  });
});
