import type { AmendmentTerms, AwardDto } from '@samvirke/contracts';
import { anAward } from '../../test/award-dto.fixture.js';
import {
  amendmentErrors,
  approversOf,
  currentTerms,
  openTrancheParts,
  refundErrors,
} from './award-amendments.rules.js';

/** The fixture's award made, in two tranches of 500; a has paid its 300 of the first. */
function partPaid(): AwardDto {
  const base = anAward({ status: 'awarded' });
  const tranche = base.tranches[0];
  if (!tranche) throw new Error('the fixture has a tranche');
  return {
    ...base,
    tranches: [
      {
        ...tranche,
        amountOre: 500,
        status: 'eligible',
        shares: [
          {
            funderOrganisationId: 'a',
            amountOre: 300,
            paidAt: '2026-07-02T10:00:00Z',
            paymentReference: 'A-1',
          },
          { funderOrganisationId: 'b', amountOre: 200, paidAt: null, paymentReference: null },
        ],
      },
      {
        ...tranche,
        id: 't2',
        position: 2,
        amountOre: 500,
        shares: [
          { funderOrganisationId: 'a', amountOre: 300, paidAt: null, paymentReference: null },
          { funderOrganisationId: 'b', amountOre: 200, paidAt: null, paymentReference: null },
        ],
      },
    ],
  };
}

const figures = new Map([
  ['a', { committed: 10_000, awarded: 600, paid: 300 }],
  ['b', { committed: 500, awarded: 400, paid: 0 }],
]);
const limits = { figures, currentFunders: new Set(['a', 'b']), callLeftOre: 1_000 };

const terms = (overrides: Partial<AmendmentTerms> = {}): AmendmentTerms => ({
  ...currentTerms(partPaid()),
  ...overrides,
});

describe('award amendments', () => {
  it('takes the open tranches only as the terms to amend, with condition keys', () => {
    expect(currentTerms(partPaid()).tranches).toEqual([
      {
        amountOre: 500,
        earliestDate: '2026-07-01',
        conditions: ['q2'],
        awaitsReport: null,
        awaitsAgreement: false,
      },
    ]);
  });

  it('asks the co-funders whose share changes, added or removed, never the awarding foundation', () => {
    const award = partPaid();
    expect(approversOf(award, terms())).toEqual([]);
    const shares = [
      { funderOrganisationId: 'a', amountOre: 700 },
      { funderOrganisationId: 'c', amountOre: 300 },
    ];
    expect(approversOf(award, terms({ shares }))).toEqual(['b', 'c']);
  });

  it('accepts the unchanged terms and names every field that does not add up', () => {
    expect(amendmentErrors(partPaid(), terms(), limits)).toEqual([]);
    const bad = terms({
      amountOre: 2_200,
      shares: [
        { funderOrganisationId: 'a', amountOre: 200 },
        { funderOrganisationId: 'b', amountOre: 2_000 },
      ],
      tranches: [
        {
          amountOre: 100,
          earliestDate: '2026-09-01',
          conditions: ['q9'],
          awaitsReport: null,
          awaitsAgreement: false,
        },
      ],
    });
    expect(amendmentErrors(partPaid(), bad, limits).map((e) => e.pointer)).toEqual([
      '/amountOre',
      '/shares/0/amountOre',
      '/shares/1/amountOre',
      '/tranches',
      '/tranches/0/conditions/0',
    ]);
  });

  it("splits the new open tranches by what each funder has left beyond the kept tranches' parts", () => {
    const grown = terms({
      amountOre: 1_200,
      shares: [
        { funderOrganisationId: 'a', amountOre: 700 },
        { funderOrganisationId: 'b', amountOre: 500 },
      ],
      tranches: [
        {
          amountOre: 400,
          earliestDate: '2026-09-01',
          conditions: [],
          awaitsReport: null,
          awaitsAgreement: false,
        },
        {
          amountOre: 300,
          earliestDate: '2026-12-01',
          conditions: [],
          awaitsReport: null,
          awaitsAgreement: false,
        },
      ],
    });
    expect(amendmentErrors(partPaid(), grown, limits)).toEqual([]);
    const parts = openTrancheParts(partPaid(), grown);
    expect(parts.map((row) => row.reduce((s, p) => s + p, 0))).toEqual([400, 300]);
    expect([0, 1].map((f) => parts.reduce((s, row) => s + (row[f] ?? 0), 0))).toEqual([400, 300]);
  });
});

describe('refunds', () => {
  const refund = (funderOrganisationId: string, amountOre: number) => ({
    funderOrganisationId,
    amountOre,
    kind: 'refund' as const,
    receivedOn: '2026-11-30',
    reference: 'R-1',
    note: '',
  });

  it('takes back at most what the funder paid less what came back already', () => {
    expect(refundErrors(partPaid(), refund('a', 300), 0)).toEqual([]);
    expect(refundErrors(partPaid(), refund('a', 300), 1).map((e) => e.pointer)).toEqual(['/amountOre']);
    expect(refundErrors(partPaid(), refund('b', 1), 0).map((e) => e.pointer)).toEqual(['/amountOre']);
    expect(refundErrors(partPaid(), refund('z', 1), 0).map((e) => e.pointer)).toEqual([
      '/funderOrganisationId',
    ]);
  });
});
