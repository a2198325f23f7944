import { randomUUID } from 'node:crypto';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { startPartners, type PartnersFixture } from '../../test/partners-api.fixture.js';

/** Organisations against real PostgreSQL, Kafka and Keycloak tokens. */
let partners: PartnersFixture;

beforeAll(async () => {
  partners = await startPartners('organisations');
}, 60_000);

afterAll(async () => {
  await partners?.close();
}, 60_000);

type Problem = { status: number; errors?: { pointer: string; detail: string }[] };
const pointers = (body: Problem): string[] => (body.errors ?? []).map((error) => error.pointer).sort();

describe('organisations', () => {
  it('registers a municipality with its region derived from the kommunekode', async () => {
    const response = await partners.call('admin', 'POST', '/organisations', {
      name: 'Aalborg Kommune',
      type: 'municipality',
      kommunekode: '851',
      contactEmail: 'data@aalborg.example',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ kommunekode: '851', regionCode: '1081', archived: false });
  });

  it('names every bad field (CVR, kommunekode, overlong name, unknown field) and writes nothing', async () => {
    const before = await partners.count('organisation');
    const response = await partners.call<Problem>('admin', 'POST', '/organisations', {
      name: 'x'.repeat(201),
      type: 'municipality',
      cvr: '12345678',
      kommunekode: '411',
      fax: '12 34 56 78',
    });
    expect(response.status).toBe(400);
    expect(pointers(response.body)).toEqual(['/cvr', '/fax', '/kommunekode', '/name']);
    expect(await partners.count('organisation')).toBe(before);
  });

  it('refuses a second organisation for a municipality with 409', async () => {
    const response = await partners.call<Problem>('admin', 'POST', '/organisations', {
      name: 'Københavns Kommune (igen)',
      type: 'municipality',
      kommunekode: '101',
    });
    expect(response.status).toBe(409);
    expect(pointers(response.body)).toEqual(['/kommunekode']);
  });

  it('refuses a duplicate CVR and a reused id with 409, changing nothing', async () => {
    const first = await partners.call('admin', 'POST', '/organisations', {
      name: 'Fonden A',
      type: 'foundation',
      cvr: '10103940',
    });
    expect(first.status).toBe(201);
    const duplicate = await partners.call<Problem>('admin', 'POST', '/organisations', {
      name: 'Fonden B',
      type: 'foundation',
      cvr: '10103940',
    });
    expect(duplicate.status).toBe(409);
    expect(pointers(duplicate.body)).toEqual(['/cvr']);
    const reused = await partners.call<Problem>('admin', 'POST', '/organisations', {
      id: DEMO_ORGANISATIONS.helsefonden.id,
      name: 'Overwritten?',
      type: 'foundation',
    });
    expect(reused.status).toBe(409);
    const kept = await partners.call<{ name: string }>(
      'admin',
      'GET',
      `/organisations/${DEMO_ORGANISATIONS.helsefonden.id}`,
    );
    expect(kept.body.name).toBe('Helsefonden');
  });

  it('lets only platform admins register and change organisations', async () => {
    for (const user of ['helsefonden', 'coordinator', 'reporterKobenhavn', 'member'] as const) {
      const register = await partners.call(user, 'POST', '/organisations', {
        name: 'Ny forening',
        type: 'ngo',
      });
      expect({ user, status: register.status }).toEqual({ user, status: 403 });
      const change = await partners.call(user, 'PATCH', `/organisations/${DEMO_ORGANISATIONS.ngo.id}`, {
        name: 'Taken over',
      });
      expect({ user, status: change.status }).toEqual({ user, status: 403 });
    }
    expect(await partners.call(null, 'GET', '/organisations')).toMatchObject({ status: 401 });
  });

  it('archives an organisation and says so in an organisation.updated event', async () => {
    const created = await partners.call<{ id: string }>('admin', 'POST', '/organisations', {
      name: 'Lukket forening',
      type: 'ngo',
    });
    const archived = await partners.call('admin', 'PATCH', `/organisations/${created.body.id}`, {
      archived: true,
    });
    expect(archived).toMatchObject({ status: 200, body: { archived: true } });
    const events = await partners.count(
      'outbox_message',
      `message_key = $1 AND event_type = 'dk.samvirke.partners.organisation.updated.v1' AND payload->>'archived' = 'true'`,
      [created.body.id],
    );
    expect(events).toBe(1);
  });

  it('lists with filters, search and pagination', async () => {
    const page = await partners.call<{ items: { name: string }[]; total: number; limit: number }>(
      'reporterAarhus',
      'GET',
      '/organisations?type=foundation&q=fonden&limit=2',
    );
    expect(page.status).toBe(200);
    expect(page.body.limit).toBe(2);
    expect(page.body.items.length).toBeLessThanOrEqual(2);
    expect(page.body.total).toBeGreaterThanOrEqual(3);
    expect(page.body.items.every((item) => /fonden/i.test(item.name))).toBe(true);
    const bad = await partners.call<Problem>('reporterAarhus', 'GET', '/organisations?limit=5000&type=bank');
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/limit', '/type']);
  });
});

describe('contacts', () => {
  it("lets an organisation's own user add a contact, published for notifications only", async () => {
    const added = await partners.call<{ id: string }>(
      'reporterKobenhavn',
      'POST',
      `/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}/contacts`,
      {
        name: 'Mette Måler',
        email: 'mette@kk.example',
        role: 'dataansvarlig',
        language: 'da',
      },
    );
    expect(added.status).toBe(201);
    const listed = await partners.call<unknown[]>(
      'reporterKobenhavn',
      'GET',
      `/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}/contacts`,
    );
    expect(listed.body).toHaveLength(1);
    expect(
      await partners.count('outbox_message', `event_type = 'dk.samvirke.partners.contact.changed.v2'`),
    ).toBe(1);
    // The name and e-mail travel only sealed to the contact's key, which goes out on its own topic.
    expect(await partners.count('outbox_message', `payload::text ~* 'mette'`)).toBe(0);
    expect(
      await partners.count('outbox_message', `event_type = 'dk.samvirke.partners.person-key.issued.v1'`),
    ).toBe(1);
  });

  it("records each contact's legal basis, legitimate interest unless told, and refuses an unknown one", async () => {
    const path = `/organisations/${DEMO_ORGANISATIONS.aarhus.id}/contacts`;
    const person = { name: 'Sofie Samtykke', email: 'sofie@aarhus.example', role: 'kontakt' };
    const consent = await partners.call<{ legalBasis: string }>('reporterAarhus', 'POST', path, {
      ...person,
      legalBasis: 'consent',
    });
    expect([consent.status, consent.body.legalBasis]).toEqual([201, 'consent']);
    const plain = await partners.call<{ legalBasis: string }>('reporterAarhus', 'POST', path, {
      ...person,
      email: 'sofie2@aarhus.example',
    });
    expect(plain.body.legalBasis).toBe('legitimate-interest');
    const before = await partners.count('contact');
    const bad = await partners.call<Problem>('reporterAarhus', 'POST', path, {
      ...person,
      legalBasis: 'because',
    });
    expect([bad.status, pointers(bad.body)]).toEqual([400, ['/legalBasis']]);
    expect(await partners.count('contact')).toBe(before);
  });

  it("refuses another organisation's user, and names bad contact fields", async () => {
    const other = await partners.call(
      'reporterAarhus',
      'GET',
      `/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}/contacts`,
    );
    expect(other.status).toBe(403);
    const bad = await partners.call<Problem>(
      'reporterKobenhavn',
      'POST',
      `/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}/contacts`,
      {
        name: 'M',
        email: 'not-an-email',
        role: 'x',
        language: 'sv',
      },
    );
    expect(pointers(bad.body)).toEqual(['/email', '/language', '/name', '/role']);
    const missing = await partners.call('admin', 'GET', `/organisations/${randomUUID()}/contacts`);
    expect(missing.status).toBe(404);
    const before = await partners.count('contact');
    const addForOther = await partners.call(
      'reporterAarhus',
      'POST',
      `/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}/contacts`,
      {
        name: 'Anders Aarhus',
        email: 'anders@aarhus.example',
        role: 'analytiker',
      },
    );
    expect(addForOther.status).toBe(403);
    const [contact] = (
      await partners.call<{ id: string }[]>(
        'reporterKobenhavn',
        'GET',
        `/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}/contacts`,
      )
    ).body;
    const removeForOther = await partners.call(
      'reporterAarhus',
      'DELETE',
      `/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}/contacts/${contact.id}`,
    );
    expect(removeForOther.status).toBe(403);
    expect(await partners.count('contact')).toBe(before);
    expect(
      (await partners.call(null, 'GET', `/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}`)).status,
    ).toBe(401);
  });
});
