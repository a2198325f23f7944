import type { CloudEvent } from '@samvirke/contracts';
import {
  grantedMembership,
  programmeRow,
  registeredOrganisation,
  revokedMembership,
  updatedOrganisation,
} from './directory.rules.js';

const EVENT = { id: '00000000-0000-4000-8000-0000000000e1', time: '2026-03-04T05:06:07Z' } as CloudEvent;
const ORGANISATION = '00000000-0000-4000-8000-00000000000a';
const PROGRAMME = '00000000-0000-4000-8000-000000000001';
const GOAL = '00000000-0000-4000-8000-0000000000c1';
const MEMBERSHIP = '00000000-0000-4000-8000-0000000000a1';

describe('directory rows from partners events', () => {
  const organisation = {
    organisationId: ORGANISATION,
    name: 'Aarhus',
    type: 'municipality' as const,
    cvr: null,
    kommunekode: '751',
  };

  it('dates a registered organisation from its registration, and it is not archived', () => {
    const row = registeredOrganisation(EVENT, { ...organisation, registeredAt: '2026-01-01T00:00:00Z' });
    expect(row).toEqual({
      id: ORGANISATION,
      name: 'Aarhus',
      type: 'municipality',
      archived: false,
      parentId: null,
      registeredAt: new Date('2026-01-01T00:00:00Z'),
      lastEventId: EVENT.id,
    });
  });

  it('keeps the parent of a sub-unit, and none from an event that does not carry one', () => {
    const PARENT = '00000000-0000-4000-8000-00000000000b';
    const sub = { ...organisation, type: 'other' as const, kommunekode: null };
    const updated = { ...sub, archived: false, updatedAt: '2026-02-01T00:00:00Z' };
    expect(updatedOrganisation(EVENT, { ...updated, parentOrganisationId: PARENT }).parentId).toBe(PARENT);
    expect(updatedOrganisation(EVENT, { ...updated, parentOrganisationId: null }).parentId).toBeNull();
    expect(updatedOrganisation(EVENT, updated).parentId).toBeNull();
  });

  it('dates an organisation first heard of by an update from that event, and keeps it archived', () => {
    const row = updatedOrganisation(EVENT, {
      ...organisation,
      archived: true,
      updatedAt: '2026-02-01T00:00:00Z',
    });
    expect(row.registeredAt).toEqual(new Date(EVENT.time));
    expect(row.archived).toBe(true);
  });

  it("keeps a programme's ids of goals", () => {
    const row = programmeRow(EVENT, {
      programmeId: PROGRAMME,
      slug: 'hjem',
      name: 'Hjem til Alle',
      status: 'active',
      startDate: '2026-01-01',
      endDate: null,
      backboneOrganisationId: ORGANISATION,
      goals: [{ id: GOAL, title: 'Flere i bolig', position: 0 }],
      themes: [],
    });
    expect(row).toMatchObject({
      id: PROGRAMME,
      slug: 'hjem',
      status: 'active',
      backboneOrganisationId: ORGANISATION,
    });
    expect(row.goalIds).toEqual([GOAL]);
  });

  it('records a revocation that arrives first as a membership that ended on the day it began', () => {
    const membership = {
      membershipId: MEMBERSHIP,
      programmeId: PROGRAMME,
      organisationId: ORGANISATION,
      roles: ['funder' as const],
    };
    expect(revokedMembership({ ...membership, leftOn: '2026-06-30' })).toEqual({
      ...membership,
      joinedOn: '2026-06-30',
      leftOn: '2026-06-30',
    });
    expect(grantedMembership({ ...membership, joinedOn: '2026-01-01' })).toEqual({
      ...membership,
      joinedOn: '2026-01-01',
      leftOn: null,
    });
  });
});
