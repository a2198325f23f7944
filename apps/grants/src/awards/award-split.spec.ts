import { splitTranches } from './award-split.js';

describe('splitting co-funders shares over tranches', () => {
  it('keeps every tranche and every share exact in whole øre', () => {
    const shares = [
      { funderOrganisationId: 'a', amountOre: 100_000_01 },
      { funderOrganisationId: 'b', amountOre: 50_000_00 },
      { funderOrganisationId: 'c', amountOre: 33_333_33 },
    ];
    const tranches = [60_000_00, 73_333_33, 50_000_01];
    const parts = splitTranches(shares, tranches);
    parts.forEach((row, t) => expect(row.reduce((sum, part) => sum + part, 0)).toBe(tranches[t]));
    shares.forEach((share, f) =>
      expect(parts.reduce((sum, row) => sum + (row[f] ?? 0), 0)).toBe(share.amountOre),
    );
    expect(parts.flat().every((part) => Number.isInteger(part) && part >= 0)).toBe(true);
  });
});
