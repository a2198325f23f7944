import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import type { OrganisationDto, Page } from '@samvirke/contracts';
import {
  pointers,
  startPartners,
  type PartnersFixture,
  type Problem,
} from '../../test/partners-api.fixture.js';

/** Sub-units below a municipality, against real PostgreSQL, Kafka and Keycloak tokens. */
let partners: PartnersFixture;
const AARHUS = DEMO_ORGANISATIONS.aarhus.id;

beforeAll(async () => {
  partners = await startPartners('org-hierarchy');
}, 60_000);

afterAll(async () => {
  await partners?.close();
}, 60_000);

async function register(
  user: 'admin' | 'reporterAarhus' | 'reporterKobenhavn',
  body: Record<string, unknown>,
) {
  return partners.call<OrganisationDto & Problem>(user, 'POST', '/organisations', body);
}

describe('sub-units below a municipality', () => {
  let forvaltning: OrganisationDto;
  let institution: OrganisationDto;

  it("lets the municipality's reporter register a forvaltning and an institution under it", async () => {
    const first = await register('reporterAarhus', {
      name: 'Børn og Unge',
      type: 'other',
      parentOrganisationId: AARHUS,
    });
    expect(first.status).toBe(201);
    forvaltning = first.body;
    expect(forvaltning).toMatchObject({ parentOrganisationId: AARHUS, kommunekode: null });
    const second = await register('reporterAarhus', {
      name: 'Skovvangskolen',
      type: 'other',
      parentOrganisationId: forvaltning.id,
    });
    expect(second.status).toBe(201);
    institution = second.body;
    const events = await partners.count(
      'outbox_message',
      `event_type = 'dk.samvirke.partners.organisation.registered.v1' AND payload->>'parentOrganisationId' = $1`,
      [forvaltning.id],
    );
    expect(events).toBe(1);
    const listed = await partners.call<Page<OrganisationDto>>(
      'admin',
      'GET',
      `/organisations?parent=${AARHUS}`,
    );
    expect(listed.body.items.map((item) => item.name)).toEqual(['Børn og Unge']);
  });

  it('refuses a third level below the municipality with 422 naming the field, writing nothing', async () => {
    const before = await partners.count('organisation');
    const response = await register('admin', {
      name: 'Klasse 3.b',
      type: 'other',
      parentOrganisationId: institution.id,
    });
    expect(response.status).toBe(422);
    expect(pointers(response.body)).toEqual(['/parentOrganisationId']);
    expect(await partners.count('organisation')).toBe(before);
  });

  it('refuses a cycle and a parent that is not in a municipality', async () => {
    const cycle = await partners.call<Problem>(
      'reporterAarhus',
      'PATCH',
      `/organisations/${forvaltning.id}`,
      {
        parentOrganisationId: institution.id,
      },
    );
    expect(cycle.status).toBe(422);
    expect(pointers(cycle.body)).toEqual(['/parentOrganisationId']);
    const underNgo = await register('admin', {
      name: 'Netværkets afdeling',
      type: 'other',
      parentOrganisationId: DEMO_ORGANISATIONS.ngo.id,
    });
    expect(underNgo.status).toBe(422);
    expect(pointers(underNgo.body)).toEqual(['/parentOrganisationId']);
    const kept = await partners.call<OrganisationDto>('admin', 'GET', `/organisations/${forvaltning.id}`);
    expect(kept.body.parentOrganisationId).toBe(AARHUS);
  });

  it("refuses another municipality's reporter, and a reporter outside sub-units", async () => {
    const other = await register('reporterKobenhavn', {
      name: 'Fremmed',
      type: 'other',
      parentOrganisationId: AARHUS,
    });
    expect(other.status).toBe(403);
    const topLevel = await register('reporterAarhus', { name: 'Egen forening', type: 'ngo' });
    expect(topLevel.status).toBe(403);
    const own = await partners.call('reporterAarhus', 'PATCH', `/organisations/${AARHUS}`, { website: null });
    expect(own.status).toBe(403);
    const change = await partners.call('reporterKobenhavn', 'PATCH', `/organisations/${institution.id}`, {
      name: 'Overtaget',
    });
    expect(change.status).toBe(403);
  });

  it("lets the municipality's reporter rename a sub-unit, and an admin make it stand on its own", async () => {
    const renamed = await partners.call<OrganisationDto>(
      'reporterAarhus',
      'PATCH',
      `/organisations/${institution.id}`,
      {
        name: 'Skovvangskolen (Aarhus)',
      },
    );
    expect(renamed.status).toBe(200);
    const detach = await partners.call('reporterAarhus', 'PATCH', `/organisations/${institution.id}`, {
      parentOrganisationId: null,
    });
    expect(detach.status).toBe(403);
    const alone = await partners.call<OrganisationDto>('admin', 'PATCH', `/organisations/${institution.id}`, {
      parentOrganisationId: null,
    });
    expect(alone.status).toBe(200);
    expect(alone.body.parentOrganisationId).toBeNull();
    const updated = await partners.count(
      'outbox_message',
      `event_type = 'dk.samvirke.partners.organisation.updated.v1' AND payload->>'organisationId' = $1
         AND (payload::jsonb)->'parentOrganisationId' = 'null'::jsonb`,
      [institution.id],
    );
    expect(updated).toBe(1);
  });
});
