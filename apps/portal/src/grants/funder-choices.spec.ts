import { funderChoices } from './funder-choices.js';

const HELSEFONDEN = '9c0c1f21-683f-4f6f-955e-344191179471';
const BIKUBEN = 'dcf09bc8-0276-41c5-9d9e-161f1e73628e';
const BACKBONE = 'edc2d197-8ab3-435d-88ce-7e6c7fce4d35';

const members = [
  { organisationId: HELSEFONDEN, organisationName: 'Helsefonden', roles: ['funder' as const], leftOn: null },
  {
    organisationId: BIKUBEN,
    organisationName: 'Bikubenfonden',
    roles: ['funder' as const],
    leftOn: '2026-05-01',
  },
  { organisationId: BACKBONE, organisationName: 'Bryd Arven', roles: ['backbone' as const], leftOn: null },
];

describe('funderChoices', () => {
  it('gives a foundation officer their own foundation when it funds the programme', () => {
    const officer = { roles: ['foundation-officer' as const], organisations: [HELSEFONDEN] };
    expect(funderChoices(officer, members)).toEqual([{ id: HELSEFONDEN, name: 'Helsefonden' }]);
  });

  it('gives an officer of a foundation that left the programme nothing', () => {
    const officer = { roles: ['foundation-officer' as const], organisations: [BIKUBEN] };
    expect(funderChoices(officer, members)).toEqual([]);
  });

  it('gives a platform admin every current funder, and a backbone coordinator none', () => {
    expect(funderChoices({ roles: ['platform-admin'], organisations: [] }, members)).toEqual([
      { id: HELSEFONDEN, name: 'Helsefonden' },
    ]);
    expect(funderChoices({ roles: ['backbone-coordinator'], organisations: [BACKBONE] }, members)).toEqual(
      [],
    );
  });

  it('does not let a user of a funder without the officer role act for it', () => {
    expect(funderChoices({ roles: ['partner-member'], organisations: [HELSEFONDEN] }, members)).toEqual([]);
  });
});
