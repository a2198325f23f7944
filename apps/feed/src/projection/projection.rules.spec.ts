import { randomUUID } from 'node:crypto';
import {
  grantAwardedV1,
  organisationRegisteredV1,
  programmeCreatedV1,
  progressUpdatedV1,
  publicGrantAwardedV1,
  publicOrganisationUpdatedV1,
  publicProgrammeCreatedV1,
  publicProgressUpdatedV1,
  publicReportingPeriodOpenedV1,
  reportingPeriodOpenedV1,
} from '@samvirke/contracts';
import type { PendingEvent } from '@samvirke/messaging';
import { seedEvents } from '../../test/feed-events.fixture.js';
import {
  publicGrantAward,
  publicOrganisation,
  publicPeriod,
  publicProgramme,
  publicProgress,
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
