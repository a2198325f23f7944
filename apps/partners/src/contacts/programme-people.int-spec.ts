import type { ContactDto, ProgrammeDto, ProgrammeMemberPeople } from '@samvirke/contracts';
import { clientToken, DEMO_ORGANISATIONS } from '@samvirke/testing';
import { seedProgramme, startPartners, type PartnersFixture } from '../../test/partners-api.fixture.js';

/**
 * Who is who in a programme, against real PostgreSQL and Keycloak tokens: the members' roles and
 * named contacts, for the programme's members and platform admins only.
 */
let partners: PartnersFixture;
let programme: ProgrammeDto;

beforeAll(async () => {
  partners = await startPartners('programme_people');
  programme = await seedProgramme(partners);
  for (const [user, organisation, name] of [
    ['reporterKobenhavn', DEMO_ORGANISATIONS.kobenhavn, 'Mette Måler'],
    ['reporterAarhus', DEMO_ORGANISATIONS.aarhus, 'Anders Aarhus'],
  ] as const) {
    const added = await partners.call<ContactDto>(
      user,
      'POST',
      `/organisations/${organisation.id}/contacts`,
      {
        name,
        email: 'kontakt@example.dk',
        role: 'dataansvarlig',
      },
    );
    if (added.status !== 201) throw new Error(JSON.stringify(added.body));
  }
}, 60_000);

afterAll(async () => {
  await partners?.close();
}, 60_000);

describe("a programme's people", () => {
  it("shows a member's user every current member with its roles and contacts, and no one else's contacts", async () => {
    const seen = await partners.call<ProgrammeMemberPeople[]>(
      'helsefonden',
      'GET',
      `/programmes/${programme.id}/people`,
    );
    expect(seen.status).toBe(200);
    const byName = Object.fromEntries(seen.body.map((member) => [member.organisationName, member]));
    expect(Object.keys(byName).sort()).toEqual([
      'Bryd Arven Sekretariatet',
      'Helsefonden',
      'Københavns Kommune',
    ]);
    expect(byName['Københavns Kommune']?.roles.sort()).toEqual(['data-provider', 'implementing-partner']);
    expect(byName['Københavns Kommune']?.contacts.map((contact) => contact.name)).toEqual(['Mette Måler']);
    expect(JSON.stringify(seen.body)).not.toContain('Anders Aarhus');
  });

  it("shows Helsefonden's integration client the members and roles but no named person", async () => {
    const response = await fetch(`${partners.url}/programmes/${programme.id}/people`, {
      headers: { authorization: `Bearer ${await clientToken()}` },
    });
    expect(response.status).toBe(200);
    const people = (await response.json()) as ProgrammeMemberPeople[];
    expect(people.map((member) => member.organisationName)).toContain('Københavns Kommune');
    expect(people.flatMap((member) => member.contacts)).toEqual([]);
  });

  it('answers 404 to someone outside the programme, as for the programme itself', async () => {
    const outside = await partners.call('reporterAarhus', 'GET', `/programmes/${programme.id}/people`);
    expect(outside.status).toBe(404);
    const admin = await partners.call<ProgrammeMemberPeople[]>(
      'admin',
      'GET',
      `/programmes/${programme.id}/people`,
    );
    expect(admin.status).toBe(200);
    expect(admin.body).toHaveLength(3);
  });

  it('leaves out a member whose membership ended', async () => {
    const ended = await partners.call(
      'coordinator',
      'DELETE',
      `/programmes/${programme.id}/members/${DEMO_ORGANISATIONS.kobenhavn.id}`,
    );
    expect(ended.status).toBe(204);
    const seen = await partners.call<ProgrammeMemberPeople[]>(
      'admin',
      'GET',
      `/programmes/${programme.id}/people`,
    );
    expect(seen.body.map((member) => member.organisationName)).not.toContain('Københavns Kommune');
  });
});
