import type { AwardDto, AwardGrant } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import {
  awardErrors,
  awardTitle,
  grantAwardedEvent,
  requireAwardable,
  shareRequestedEvent,
  splitTranches,
  type AwardLimits,
} from './awards.rules.js';
import { anAward } from '../../test/award-dto.fixture.js';

const WAITS_NOTHING_ELSE = { awaitsReport: null, awaitsAgreement: false };

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

describe('awarding an application', () => {
  const command: AwardGrant = {
    amountOre: 1_000,
    shares: [
      { funderOrganisationId: 'a', amountOre: 600 },
      { funderOrganisationId: 'b', amountOre: 400 },
    ],
    conditions: [{ key: 'q2', indicatorCode: 'EMP', period: '2026-Q2' }],
    tranches: [
      { amountOre: 500, earliestDate: '2026-07-01', conditions: [], ...WAITS_NOTHING_ELSE },
      { amountOre: 500, earliestDate: '2026-10-01', conditions: ['q2'], ...WAITS_NOTHING_ELSE },
    ],
  };
  const limits: AwardLimits = {
    requestedOre: 1_000,
    callLeftOre: 5_000,
    figures: new Map([
      ['a', { committed: 2_000, awarded: 1_000, paid: 0 }],
      ['b', { committed: 1_000, awarded: 0, paid: 0 }],
    ]),
    currentFunders: new Set(['a', 'b']),
  };

  it('accepts an award within the request, the budget and the commitments', () => {
    expect(awardErrors(command, limits)).toEqual([]);
  });

  it('refuses more than requested or than is left of the budget', () => {
    expect(awardErrors(command, { ...limits, requestedOre: 999, callLeftOre: 900 })).toEqual([
      { pointer: '/amountOre', detail: 'exceeds the requested 999 øre' },
      { pointer: '/amountOre', detail: "exceeds what is left of the call's budget (900 øre)" },
    ]);
  });

  it('refuses shares that do not sum to the award, repeat a funder or exceed its remaining commitment', () => {
    const shares = [
      { funderOrganisationId: 'a', amountOre: 1_001 },
      { funderOrganisationId: 'a', amountOre: 1 },
    ];
    expect(awardErrors({ ...command, shares }, limits)).toEqual([
      { pointer: '/shares', detail: 'the shares sum to 1002 øre, the award is 1000 øre' },
      { pointer: '/shares/0/amountOre', detail: "exceeds the funder's remaining commitment of 1000 øre" },
      { pointer: '/shares/1/funderOrganisationId', detail: 'appears twice' },
    ]);
  });

  it('refuses a share of a foundation without a commitment or no longer a funder', () => {
    const noLongerB = { ...limits, currentFunders: new Set(['a']) };
    expect(awardErrors(command, noLongerB)).toEqual([
      { pointer: '/shares/1/funderOrganisationId', detail: 'has no funding commitment to this programme' },
    ]);
    const shares = [...command.shares.slice(0, 1), { funderOrganisationId: 'c', amountOre: 400 }];
    expect(awardErrors({ ...command, shares }, { ...limits, currentFunders: new Set(['a', 'c']) })).toEqual([
      { pointer: '/shares/1/funderOrganisationId', detail: 'has no funding commitment to this programme' },
    ]);
  });

  it('refuses repeated condition keys, tranches off the award and tranches naming unknown conditions', () => {
    const conditions = [...command.conditions, { key: 'q2', indicatorCode: 'X', period: '2026-Q3' }];
    const tranches = [
      { amountOre: 999, earliestDate: '2026-07-01', conditions: ['q3'], ...WAITS_NOTHING_ELSE },
    ];
    expect(awardErrors({ ...command, conditions, tranches }, limits)).toEqual([
      { pointer: '/conditions/1/key', detail: 'appears twice' },
      { pointer: '/tranches', detail: 'the tranches sum to 999 øre, the award is 1000 øre' },
      { pointer: '/tranches/0/conditions/0', detail: 'no condition with key "q3"' },
    ]);
  });

  it('is possible for a submitted application without a pending award only', () => {
    expect(() => requireAwardable('draft', undefined)).toThrow(
      'The application is draft; it cannot be awarded.',
    );
    expect(() => requireAwardable('under-review', 'earlier')).toThrow(DomainError);
    expect(() => requireAwardable('submitted', undefined)).not.toThrow();
  });

  it("takes the given title, else the application's, else Bevilling", () => {
    expect(awardTitle({ title: 'Givet' }, 'Ansøgning')).toBe('Givet');
    expect(awardTitle({}, 'Ansøgning')).toBe('Ansøgning');
    expect(awardTitle({}, '')).toBe('Bevilling');
  });
});

describe("an award's events", () => {
  const award: AwardDto = anAward();

  it('tell a made award with its shares, conditions and tranches', () => {
    expect(grantAwardedEvent(award)).toEqual({
      awardId: award.id,
      applicationId: 'application',
      callId: 'call',
      programmeId: 'programme',
      granteeOrganisationId: 'grantee',
      title: 'Bevilling',
      amountOre: 1_000,
      shares: [
        { funderOrganisationId: 'a', amountOre: 600 },
        { funderOrganisationId: 'b', amountOre: 400 },
      ],
      conditions: [{ conditionId: 'c1', indicatorCode: 'EMP', period: '2026-Q2' }],
      tranches: [{ trancheId: 't1', amountOre: 1_000, earliestDate: '2026-07-01', conditionIds: ['c1'] }],
      awardedAt: award.awardedAt,
    });
  });

  it('ask a co-funder for its share of the award', () => {
    expect(shareRequestedEvent(award, { funderOrganisationId: 'b', amountOre: 400 }, 'now')).toEqual({
      awardId: award.id,
      applicationId: 'application',
      callId: 'call',
      programmeId: 'programme',
      granteeOrganisationId: 'grantee',
      awardingOrganisationId: 'a',
      funderOrganisationId: 'b',
      amountOre: 400,
      awardAmountOre: 1_000,
      title: 'Bevilling',
      requestedAt: 'now',
    });
  });
});
