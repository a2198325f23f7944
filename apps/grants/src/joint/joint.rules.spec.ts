import type { ApplicationPartnerDto, AwardDto } from '@samvirke/contracts';
import {
  granteeSplit,
  leadBudget,
  newlyInvited,
  nextPartners,
  partnerErrors,
  partnerSubmitErrors,
  type PartnerEntry,
  withGrantees,
} from './joint.rules.js';

const LEAD = 'lead';
const partner = (organisationId: string, budgetOre: number, status: PartnerEntry['status'] = 'invited') => ({
  organisationId,
  budgetOre,
  status,
});

describe('joint application rules', () => {
  it('names the lead as its own partner, a partner named twice, an unknown one and budgets that leave the lead nothing', () => {
    const errors = partnerErrors(
      { partners: [partner(LEAD, 1), partner('a', 500), partner('a', 400), partner('ukendt', 100)] },
      LEAD,
      ['a'],
      1_000,
    );
    expect(errors).toEqual([
      { pointer: '/partners/0/organisationId', detail: 'is the lead applicant' },
      { pointer: '/partners/2/organisationId', detail: 'named twice' },
      { pointer: '/partners/3/organisationId', detail: 'not an organisation grants knows' },
      {
        pointer: '/partners',
        detail: "the partners' budgets sum to 1001 øre and leave the lead nothing of the requested 1000 øre",
      },
    ]);
    expect(partnerErrors({ partners: [partner('a', 400)] }, LEAD, ['a'], 1_000)).toEqual([]);
    expect(partnerErrors({ partners: [partner('a', 400)] }, LEAD, ['a'], null)).toEqual([]);
    expect(leadBudget(1_000, [partner('a', 400)])).toBe(600);
  });

  it('keeps the answer of a partner named again with the same budget and asks new and changed ones', () => {
    const current = [partner('a', 400, 'confirmed'), partner('b', 200, 'declined')];
    const next = nextPartners(current, {
      partners: [partner('a', 400), partner('b', 300), partner('c', 100)],
    });
    expect(next.map((p) => p.status)).toEqual(['confirmed', 'invited', 'invited']);
    expect(newlyInvited(current, next).map((p) => p.organisationId)).toEqual(['b', 'c']);
  });

  it('submits only when every partner has confirmed, naming each that has not', () => {
    const dto = (organisationId: string, status: PartnerEntry['status'], reason: string | null = null) =>
      ({
        organisationId,
        organisationName: null,
        budgetOre: 100,
        status,
        answeredAt: null,
        reason,
      }) as ApplicationPartnerDto;
    expect(
      partnerSubmitErrors(
        [dto('a', 'confirmed'), dto('b', 'invited'), dto('c', 'declined', 'Ingen tid.')],
        1_000,
      ),
    ).toEqual([
      { pointer: '/partners/1', detail: 'has not confirmed its participation yet' },
      { pointer: '/partners/2', detail: 'declined to take part: Ingen tid.' },
    ]);
    expect(partnerSubmitErrors([dto('a', 'confirmed')], 1_000)).toEqual([]);
  });

  it('splits an award in proportion to the budgets, the rounding to the lead', () => {
    expect(
      granteeSplit(1_000, { organisationId: LEAD, budgetOre: 600 }, [partner('a', 300), partner('b', 100)]),
    ).toEqual([
      { organisationId: LEAD, amountOre: 600 },
      { organisationId: 'a', amountOre: 300 },
      { organisationId: 'b', amountOre: 100 },
    ]);
    expect(
      granteeSplit(100, { organisationId: LEAD, budgetOre: 1 }, [partner('a', 1), partner('b', 1)]),
    ).toEqual([
      { organisationId: LEAD, amountOre: 34 },
      { organisationId: 'a', amountOre: 33 },
      { organisationId: 'b', amountOre: 33 },
    ]);
  });
});

const share = (funderOrganisationId: string, amountOre: number) => ({ funderOrganisationId, amountOre });

describe('the award of a joint application', () => {
  it('gives the award and each tranche its grantees’ parts, and leaves a single grantee’s award as it is', () => {
    const award = {
      granteeOrganisationId: LEAD,
      amountOre: 1_000,
      tranches: [
        { amountOre: 600, shares: [share('f1', 400), share('f2', 200)] },
        { amountOre: 400, shares: [share('f1', 400)] },
        { amountOre: 6, shares: [share('f1', 3), share('f2', 3)] },
      ],
    } as unknown as AwardDto;
    const joint = withGrantees(award, { requestedOre: 2_000, partners: [partner('a', 500)] });
    expect(joint.grantees).toEqual([
      { organisationId: LEAD, amountOre: 750 },
      { organisationId: 'a', amountOre: 250 },
    ]);
    expect(joint.tranches.map((tranche) => tranche.grantees?.map((g) => g.amountOre))).toEqual([
      [450, 150],
      [300, 100],
      // Each funder's share is split, so a tranche's parts are what the funders pay each grantee.
      [6, 0],
    ]);
    expect(joint.tranches[0]?.shares.map((s) => s.grantees?.map((g) => g.amountOre))).toEqual([
      [300, 100],
      [150, 50],
    ]);
    expect(withGrantees(award, { requestedOre: 2_000, partners: [] })).toBe(award);
  });
});
