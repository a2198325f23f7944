import type { AwardDto } from '@samvirke/contracts';

/** A pending award of 1000 øre by funder a (600, confirmed) with b (400, pending), in one tranche. */
export function anAward(overrides: Partial<AwardDto> = {}): AwardDto {
  return {
    id: 'award',
    applicationId: 'application',
    callId: 'call',
    programmeId: 'programme',
    granteeOrganisationId: 'grantee',
    awardingOrganisationId: 'a',
    title: 'Bevilling',
    amountOre: 1_000,
    status: 'pending',
    awardedAt: '2026-06-01T10:00:00.000Z',
    shares: [
      {
        funderOrganisationId: 'a',
        amountOre: 600,
        status: 'confirmed',
        decidedAt: null,
        declineReason: null,
      },
      { funderOrganisationId: 'b', amountOre: 400, status: 'pending', decidedAt: null, declineReason: null },
    ],
    conditions: [{ id: 'c1', key: 'q2', indicatorCode: 'EMP', period: '2026-Q2', fulfilled: false }],
    tranches: [
      {
        id: 't1',
        position: 1,
        amountOre: 1_000,
        earliestDate: '2026-07-01',
        awaitsReport: null,
        awaitsAgreement: false,
        conditionIds: ['c1'],
        status: 'pending',
        eligibleAt: null,
        dueDate: null,
        paidAt: null,
        paymentReference: null,
        shares: [
          { funderOrganisationId: 'a', amountOre: 600, paidAt: null, paymentReference: null },
          { funderOrganisationId: 'b', amountOre: 400, paidAt: null, paymentReference: null },
        ],
      },
    ],
    ...overrides,
  };
}
