import type { AwardDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import {
  agreementTerms,
  agreementView,
  requireCurrent,
  requireGrantee,
  requireMade,
  termsSha256,
} from './agreements.rules.js';

const GRANTEE = '00000000-0000-4000-8000-000000000001';
const FUNDER = '00000000-0000-4000-8000-000000000002';
const CO_FUNDER = '00000000-0000-4000-8000-000000000003';
const CONDITION = '00000000-0000-4000-8000-000000000004';

const award = (overrides: Partial<AwardDto> = {}): AwardDto => ({
  id: '00000000-0000-4000-8000-00000000000a',
  applicationId: '00000000-0000-4000-8000-00000000000b',
  callId: '00000000-0000-4000-8000-00000000000c',
  programmeId: '00000000-0000-4000-8000-00000000000d',
  granteeOrganisationId: GRANTEE,
  title: 'Lektiecaféer',
  amountOre: 150_000,
  status: 'awarded',
  awardingOrganisationId: FUNDER,
  awardedAt: '2026-11-01T10:00:00.000Z',
  shares: [
    {
      funderOrganisationId: FUNDER,
      amountOre: 100_000,
      status: 'confirmed',
      decidedAt: null,
      declineReason: null,
    },
    {
      funderOrganisationId: CO_FUNDER,
      amountOre: 50_000,
      status: 'confirmed',
      decidedAt: null,
      declineReason: null,
    },
  ],
  conditions: [
    { id: CONDITION, key: 'q1', indicatorCode: 'unge-i-uddannelse', period: '2027-Q1', fulfilled: false },
  ],
  tranches: [
    {
      id: '00000000-0000-4000-8000-00000000000e',
      position: 1,
      amountOre: 150_000,
      earliestDate: '2027-04-01',
      conditionIds: [CONDITION],
      awaitsReport: 'progress',
      awaitsAgreement: true,
      status: 'pending',
      eligibleAt: null,
      dueDate: null,
      paidAt: null,
      paymentReference: null,
      shares: [],
    },
  ],
  ...overrides,
});

const names = (id: string) => ({ [GRANTEE]: 'Københavns Kommune', [FUNDER]: 'Helsefonden' })[id] ?? id;

const principal = (overrides: Partial<Principal> = {}): Principal => ({
  subject: 's',
  username: 'reporter.kobenhavn',
  clientId: 'samvirke-portal',
  roles: ['reporter'],
  organisations: [GRANTEE],
  isServiceAccount: false,
  email: undefined,
  expiresAt: 0,
  ...overrides,
});

describe('the grant agreement generated from an award', () => {
  it('names the parties, the money per funder, the tranches with their conditions and the reporting duties', () => {
    const terms = agreementTerms(award(), names);
    expect(terms.grantee).toEqual({ organisationId: GRANTEE, name: 'Københavns Kommune' });
    expect(terms.funders.map((f) => [f.name, f.amountOre])).toEqual([
      ['Helsefonden', 100_000],
      [CO_FUNDER, 50_000],
    ]);
    expect(terms.tranches).toEqual([
      {
        position: 1,
        amountOre: 150_000,
        earliestDate: '2027-04-01',
        conditions: ['q1'],
        awaitsReport: 'progress',
        awaitsAgreement: true,
      },
    ]);
    expect(terms.reportingDuties).toEqual([
      { key: 'q1', indicatorCode: 'unge-i-uddannelse', period: '2027-Q1' },
    ]);
  });

  it('digests the terms the same way whatever the order of their keys, and differently when a term changes', () => {
    const terms = agreementTerms(award(), names);
    const reordered = Object.fromEntries(Object.entries(terms).reverse()) as typeof terms;
    expect(termsSha256(reordered)).toBe(termsSha256(terms));
    expect(termsSha256(terms)).toMatch(/^[0-9a-f]{64}$/);
    expect(termsSha256(agreementTerms(award({ amountOre: 150_001 }), names))).not.toBe(termsSha256(terms));
  });

  it('is there only once the award is made', () => {
    expect(() => requireMade(award({ status: 'pending' }))).toThrow(/pending/);
    expect(() => requireMade(award())).not.toThrow();
  });

  it("is accepted by the grantee's own users only, never by an admin for them", () => {
    expect(() => requireGrantee(principal(), award())).not.toThrow();
    expect(() => requireGrantee(principal({ organisations: [FUNDER] }), award())).toThrow(/Only the grantee/);
    expect(() => requireGrantee(principal({ roles: ['platform-admin'] }), award())).toThrow(
      /Only the grantee/,
    );
  });

  it('is accepted as read: the current version and digest, else a conflict naming them', () => {
    const view = agreementView(agreementTerms(award(), names), undefined);
    expect(view.status).toBe('awaiting-acceptance');
    expect(() => requireCurrent(view, { version: 1, termsSha256: view.termsSha256 })).not.toThrow();
    expect(() => requireCurrent(view, { version: 1, termsSha256: '0'.repeat(64) })).toThrow(view.termsSha256);
    expect(() => requireCurrent(view, { version: 2, termsSha256: view.termsSha256 })).toThrow(/version 1/);
  });
});
