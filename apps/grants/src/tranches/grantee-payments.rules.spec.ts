import { granteeAmounts, granteePayments, paidByFunder } from './grantee-payments.rules.js';

const cvrs = new Map<string, string | null>([
  ['lead', '64942212'],
  ['partner', null],
]);
const cvrOf = (id: string) => cvrs.get(id) ?? null;
const joint = {
  lead: { organisationId: 'lead', budgetOre: 600_00 },
  partners: [
    { organisationId: 'partner', budgetOre: 300_00 },
    { organisationId: 'third', budgetOre: 100_00 },
  ],
};
const parts = [
  { funderOrganisationId: 'fA', funderCvr: '29990018', amountOre: 333_333 },
  { funderOrganisationId: 'fB', funderCvr: null, amountOre: 100_001 },
];

describe("a tranche's payment to each grantee", () => {
  it('pays a single grantee each funder part whole', () => {
    const single = { lead: { organisationId: 'lead', budgetOre: 500 }, partners: [] };
    expect(granteeAmounts(700, single, cvrOf)).toEqual([
      { organisationId: 'lead', cvr: '64942212', lead: true, amountOre: 700 },
    ]);
  });

  it("splits each funder's part by the budgets, the rounding to the lead, a missing CVR as null", () => {
    expect(granteeAmounts(333_333, joint, cvrOf)).toEqual([
      { organisationId: 'lead', cvr: '64942212', lead: true, amountOre: 200_001 },
      { organisationId: 'partner', cvr: null, lead: false, amountOre: 99_999 },
      { organisationId: 'third', cvr: null, lead: false, amountOre: 33_333 },
    ]);
  });

  it("gives each grantee the sum of its funders' amounts, all summing to the tranche", () => {
    const grantees = granteePayments(parts, joint, cvrOf);
    expect(grantees.map((g) => [g.organisationId, g.amountOre])).toEqual([
      ['lead', 200_001 + 60_001],
      ['partner', 99_999 + 30_000],
      ['third', 33_333 + 10_000],
    ]);
    expect(grantees.reduce((sum, g) => sum + g.amountOre, 0)).toBe(433_334);
    for (const part of parts) {
      const paid = paidByFunder(grantees, part.funderOrganisationId);
      expect(paid.reduce((sum, g) => sum + g.amountOre, 0)).toBe(part.amountOre);
    }
    expect(grantees[1]?.funders).toEqual([
      { funderOrganisationId: 'fA', funderCvr: '29990018', amountOre: 99_999 },
      { funderOrganisationId: 'fB', funderCvr: null, amountOre: 30_000 },
    ]);
  });

  it('names no grantee when the tranche has no funder part to pay', () => {
    expect(granteePayments([], joint, cvrOf)).toEqual([]);
  });
});
