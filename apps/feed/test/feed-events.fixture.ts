import { randomUUID } from 'node:crypto';
import {
  contactChangedV1,
  grantAwardedV1,
  organisationRegisteredV1,
  programmeCreatedV1,
  progressUpdatedV1,
  reportingPeriodOpenedV1,
} from '@samvirke/contracts';
import type { PendingEvent } from '@samvirke/messaging';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';

/**
 * Internal events for the feed's integration tests, as the services would publish them: those
 * behind the six public events the tests expect (an organisation, two programmes, a reporting
 * period, progress and a grant), plus a contact change, personal data that must never reach the feed.
 */
export function seedEvents(programmeA: string, programmeB: string): PendingEvent[] {
  const organisationId = randomUUID();
  return [
    {
      definition: organisationRegisteredV1,
      data: {
        organisationId,
        name: 'Vejle Kommune',
        type: 'municipality',
        cvr: null,
        kommunekode: '630',
        registeredAt: new Date().toISOString(),
      },
      options: { subject: organisationId },
    },
    {
      definition: contactChangedV1,
      data: contactData(organisationId),
      options: { subject: organisationId },
    },
    programmeCreated(programmeA, 'Programme A'),
    programmeCreated(programmeB, 'Programme B'),
    {
      definition: reportingPeriodOpenedV1,
      data: {
        periodId: randomUUID(),
        programmeId: programmeA,
        frequency: 'quarterly',
        period: '2026-Q2',
        dueDate: '2026-07-31',
      },
      options: { subject: programmeA, programmeId: programmeA },
    },
    {
      definition: progressUpdatedV1,
      data: {
        programmeId: programmeA,
        period: '2026-Q2',
        indicatorCodes: ['unge-i-uddannelse'],
        causedBySubmissionId: randomUUID(),
      },
      options: { subject: programmeA, programmeId: programmeA },
    },
    {
      definition: grantAwardedV1,
      data: grantData(programmeA, organisationId),
      options: { subject: programmeA, programmeId: programmeA },
    },
  ];
}

export function programmeCreated(programmeId: string, name: string): PendingEvent {
  return {
    definition: programmeCreatedV1,
    data: {
      programmeId,
      slug: name.toLowerCase().replaceAll(' ', '-'),
      name,
      status: 'active',
      startDate: '2026-01-01',
      endDate: null,
      backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
      goals: [{ id: randomUUID(), title: 'Flere unge i uddannelse', position: 0 }],
      themes: ['uddannelse'],
    },
    options: { subject: programmeId, programmeId },
  };
}

function contactData(organisationId: string) {
  return {
    organisationId,
    contactId: randomUUID(),
    name: 'Mette Hansen',
    email: 'kontakt@vejle.example',
    role: 'kontaktperson',
    language: 'da' as const,
    removed: false,
  };
}

function grantData(programmeId: string, granteeOrganisationId: string) {
  const trancheId = randomUUID();
  return {
    awardId: randomUUID(),
    applicationId: randomUUID(),
    callId: randomUUID(),
    programmeId,
    granteeOrganisationId,
    title: 'Lektiecafé for Mette og venner',
    amountOre: 50_000_000,
    shares: [{ funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id, amountOre: 50_000_000 }],
    conditions: [],
    tranches: [{ trancheId, amountOre: 50_000_000, earliestDate: '2026-01-01', conditionIds: [] }],
    awardedAt: new Date().toISOString(),
  };
}
