import { randomUUID } from 'node:crypto';
import {
  grantAwardedV1,
  organisationRegisteredV1,
  paymentRecordedV1,
  programmeCreatedV1,
  progressUpdatedV1,
  publicGrantAwardedV1,
  publicOrganisationUpdatedV1,
  publicPaymentRecordedV1,
  publicPaymentRecordedV2,
  publicProgrammeCreatedV1,
  publicProgressUpdatedV1,
  publicReportingPeriodOpenedV1,
  publicTrancheEligibleV1,
  publicTrancheEligibleV2,
  reportingPeriodOpenedV1,
  trancheEligibleV1,
} from '@samvirke/contracts';
import type { PendingEvent } from '@samvirke/messaging';
import { seedEvents } from '../../test/feed-events.fixture.js';
import {
  publicGrantAward,
  publicOrganisation,
  publicPaymentRecorded,
  publicPeriod,
  publicProgramme,
  publicProgress,
  publicTrancheEligible,
  publicTrancheEligibleToGrantees,
  publicPaymentRecordedToGrantees,
} from './projection.rules.js';

const seeded = seedEvents(randomUUID(), randomUUID());

/** The seeded internal event of this definition, parsed as a consumer receives it. */
function internal<D extends PendingEvent['definition']>(definition: D): ReturnType<D['schema']['parse']> {
  const event = seeded.find((candidate) => candidate.definition === definition);
  if (!event) throw new Error(`no seeded ${definition.type}`);
  return definition.schema.parse(event.data) as ReturnType<D['schema']['parse']>;
}

describe('public payloads', () => {
  it('give an organisation its public fields and archived flag, valid against the public schema', () => {
    const data = internal(organisationRegisteredV1);
    const published = publicOrganisation(data, true);
    expect(publicOrganisationUpdatedV1.schema.parse(published)).toEqual(published);
    expect(published).toEqual({
      organisationId: data.organisationId,
      name: 'Vejle Kommune',
      type: 'municipality',
      cvr: null,
      kommunekode: '630',
      archived: true,
    });
  });

  it('give a programme its goals as goalId, title and position', () => {
    const data = internal(programmeCreatedV1);
    const published = publicProgramme(data);
    expect(publicProgrammeCreatedV1.schema.parse(published)).toEqual(published);
    expect(published.goals).toEqual(
      data.goals.map((goal) => ({ goalId: goal.id, title: goal.title, position: goal.position })),
    );
  });

  it('give a period and progress without anything the public contract leaves out', () => {
    const period = publicPeriod(internal(reportingPeriodOpenedV1));
    expect(publicReportingPeriodOpenedV1.schema.parse(period)).toEqual(period);
    const progress = publicProgress(internal(progressUpdatedV1));
    expect(publicProgressUpdatedV1.schema.parse(progress)).toEqual(progress);
    expect(Object.keys(progress).sort()).toEqual(['indicatorCodes', 'period', 'programmeId']);
  });

  it('give an award its amounts and funders, never its title, conditions or tranches', () => {
    const award = publicGrantAward(internal(grantAwardedV1));
    expect(publicGrantAwardedV1.schema.parse(award)).toEqual(award);
    expect(Object.keys(award).sort()).toEqual(
      ['amountOre', 'awardId', 'awardedAt', 'funders', 'granteeOrganisationId', 'programmeId'].sort(),
    );
    expect(JSON.stringify(award)).not.toMatch(/Mette|Lektiecafé/);
  });
});

/** A tranche released before its earliest date (skærtorsdag 2027), due the next bank day. */
const RELEASED = { earliestDate: '2027-03-25', eligibleAt: '2027-03-20T09:00:00.000Z', fulfilledBy: [] };
const DUE = { granteeCvr: '64942212', dueDate: '2027-03-30' };

describe('payment payloads for the funders’ ERP', () => {
  const ids = { trancheId: randomUUID(), awardId: randomUUID(), programmeId: randomUUID() };
  const grantee = randomUUID();
  const [funderA, funderB] = [randomUUID(), randomUUID()];
  const eligible = trancheEligibleV1.schema.parse({
    ...ids,
    granteeOrganisationId: grantee,
    funderOrganisationIds: [funderA, funderB],
    amountOre: 50_000_000,
    title: 'Bevilling til Jens Jensens projekt',
    ...RELEASED,
    payment: {
      ...DUE,
      parts: [
        { funderOrganisationId: funderA, funderCvr: '29990018', amountOre: 30_000_000 },
        { funderOrganisationId: funderB, funderCvr: null, amountOre: 20_000_000 },
      ],
    },
  });

  it('give tranche.eligible each part with its CVR and the due date, without the free-text title', () => {
    const published = publicTrancheEligible(eligible);
    expect(published && publicTrancheEligibleV1.schema.parse(published)).toEqual(published);
    expect(published).toEqual({
      ...ids,
      granteeOrganisationId: grantee,
      granteeCvr: '64942212',
      amountOre: 50_000_000,
      funders: [
        { funderOrganisationId: funderA, funderCvr: '29990018', amountOre: 30_000_000 },
        { funderOrganisationId: funderB, funderCvr: null, amountOre: 20_000_000 },
      ],
      earliestDate: '2027-03-25',
      dueDate: '2027-03-30',
      eligibleAt: '2027-03-20T09:00:00.000Z',
    });
  });

  it('publish no tranche.eligible for an event recorded before grants added the payment facts', () => {
    const { payment: _left, ...older } = eligible;
    expect(publicTrancheEligible(older)).toBeUndefined();
  });

  it('give payment.recorded the part and both CVRs, without the payment reference', () => {
    const published = publicPaymentRecorded(
      paymentRecordedV1.schema.parse({
        ...ids,
        granteeOrganisationId: grantee,
        granteeCvr: '64942212',
        funderOrganisationId: funderA,
        funderCvr: '29990018',
        amountOre: 30_000_000,
        dueDate: '2027-03-30',
        paidAt: '2027-03-30T08:00:00.000Z',
        paymentReference: 'Jens Jensen 2027-1',
        tranchePaid: false,
      }),
    );
    expect(publicPaymentRecordedV1.schema.parse(published)).toEqual(published);
    expect(JSON.stringify(published)).not.toContain('Jens');
    expect(published).toMatchObject({ funderCvr: '29990018', amountOre: 30_000_000, tranchePaid: false });
  });
});

describe('payment payloads to each grantee of a joint award (v2)', () => {
  const ids = { trancheId: randomUUID(), awardId: randomUUID(), programmeId: randomUUID() };
  const [lead, partner, funder] = [randomUUID(), randomUUID(), randomUUID()];
  const grantees = [
    { organisationId: lead, cvr: '64942212', lead: true, amountOre: 600_000 },
    { organisationId: partner, cvr: null, lead: false, amountOre: 400_000 },
  ];
  const part = { funderOrganisationId: funder, funderCvr: '29990018', amountOre: 1_000_000 };
  const eligible = trancheEligibleV1.schema.parse({
    ...ids,
    granteeOrganisationId: lead,
    funderOrganisationIds: [funder],
    amountOre: 1_000_000,
    title: 'Rate 1',
    ...RELEASED,
    payment: {
      ...DUE,
      parts: [part],
      grantees: grantees.map((g) => ({ ...g, funders: [{ ...part, amountOre: g.amountOre }] })),
    },
  });
  const paid = paymentRecordedV1.schema.parse({
    ...ids,
    granteeOrganisationId: lead,
    granteeCvr: '64942212',
    funderOrganisationId: funder,
    funderCvr: '29990018',
    amountOre: 1_000_000,
    dueDate: '2027-03-30',
    paidAt: '2027-03-30T08:00:00.000Z',
    paymentReference: 'Rate 1',
    tranchePaid: true,
    grantees,
  });

  it('name in tranche.eligible v2 each grantee with its CVR (null kept) and what the funder pays it', () => {
    const published = publicTrancheEligibleToGrantees(eligible);
    expect(published && publicTrancheEligibleV2.schema.parse(published)).toEqual(published);
    expect(published).toMatchObject({
      leadOrganisationId: lead,
      amountOre: 1_000_000,
      dueDate: '2027-03-30',
    });
    expect(published?.grantees.map((g) => [g.organisationId, g.cvr, g.amountOre])).toEqual([
      [lead, '64942212', 600_000],
      [partner, null, 400_000],
    ]);
    expect(published).not.toHaveProperty('granteeCvr');
  });

  it('name in payment.recorded v2 whom the part paid, without the payment reference', () => {
    const published = publicPaymentRecordedToGrantees(paid);
    expect(published && publicPaymentRecordedV2.schema.parse(published)).toEqual(published);
    expect(published?.grantees).toEqual(grantees);
    expect(JSON.stringify(published)).not.toContain('Rate 1');
  });

  it('publish no v2 for events recorded before grants named the grantees', () => {
    const { grantees: _g, ...olderPaid } = paid;
    const older = { ...eligible, payment: { ...eligible.payment!, grantees: undefined } };
    expect(publicPaymentRecordedToGrantees(olderPaid)).toBeUndefined();
    expect(publicTrancheEligibleToGrantees(older)).toBeUndefined();
    expect(publicTrancheEligible(older)).toBeDefined();
  });
});
