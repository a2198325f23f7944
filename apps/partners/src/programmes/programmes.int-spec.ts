import { randomUUID } from 'node:crypto';
import { TOPICS } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, readTopic } from '@samvirke/testing';
import type { MembershipDto, Page, ProgrammeDto } from '@samvirke/contracts';
import {
  AGENDA,
  pointers,
  seedProgramme,
  startPartners,
  type PartnersFixture,
  type Problem,
} from '../../test/partners-api.fixture.js';

/** Programmes and memberships against real PostgreSQL, Kafka and Keycloak tokens (activities: activities.int-spec.ts). */
let partners: PartnersFixture;
let programme: ProgrammeDto;

beforeAll(async () => {
  partners = await startPartners('programmes');
  programme = await seedProgramme(partners);
}, 60_000);

afterAll(async () => {
  await partners?.close();
}, 60_000);

describe('programmes', () => {
  it('makes the creating foundation a funder and the backbone a member, and publishes it all', async () => {
    expect(programme.goals.map((goal) => goal.position)).toEqual([0, 1, 2]);
    const members = await partners.call<Page<MembershipDto>>(
      'helsefonden',
      'GET',
      `/programmes/${programme.id}/members`,
    );
    expect(members.body.items.map((member) => [member.organisationName, member.roles])).toEqual(
      expect.arrayContaining([
        ['Helsefonden', ['funder']],
        ['Bryd Arven Sekretariatet', ['backbone']],
      ]),
    );
    const events: { event_type: string }[] = await partners.app
      .get((await import('typeorm')).DataSource)
      .query(`SELECT event_type FROM outbox_message WHERE message_key = $1 ORDER BY position`, [
        programme.id,
      ]);
    expect(events.map((event) => event.event_type)).toEqual([
      'dk.samvirke.partners.programme.created.v1',
      'dk.samvirke.partners.membership.granted.v1',
      'dk.samvirke.partners.membership.granted.v1',
      'dk.samvirke.partners.membership.granted.v1',
    ]);
    const published = await readTopic(
      (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
      `${partners.topicPrefix}${TOPICS.partners}`,
      (messages) => messages.filter((message) => message.key === programme.id).length >= 4,
    );
    const onKafka = published.filter((message) => message.key === programme.id);
    expect(onKafka.map((message) => message.headers['ce_type'])).toEqual(
      events.map((event) => event.event_type),
    );
    expect(onKafka.every((message) => message.headers['ce_programmeid'] === programme.id)).toBe(true);
  });

  it('refuses programme creation by roles other than foundation officers and admins', async () => {
    for (const user of ['coordinator', 'reporterKobenhavn', 'member'] as const) {
      const response = await partners.call(user, 'POST', '/programmes', {
        ...AGENDA,
        slug: `x-${randomUUID().slice(0, 8)}`,
      });
      expect({ user, status: response.status }).toEqual({ user, status: 403 });
    }
  });

  it('refuses a taken slug with 409 and names bad agenda fields', async () => {
    const taken = await partners.call<Problem>('helsefonden', 'POST', '/programmes', {
      ...AGENDA,
      slug: programme.slug,
    });
    expect(taken.status).toBe(409);
    const bad = await partners.call<Problem>('helsefonden', 'POST', '/programmes', {
      ...AGENDA,
      slug: 'Not A Slug',
      endDate: '2025-01-01',
      goals: [{ title: '' }],
      sponsor: 'x',
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/endDate', '/goals/0/title', '/slug', '/sponsor']);
  });

  it('shows a programme only to its members and admins; anyone else gets 404', async () => {
    for (const user of ['helsefonden', 'coordinator', 'reporterKobenhavn', 'admin'] as const) {
      const response = await partners.call(user, 'GET', `/programmes/${programme.id}`);
      expect({ user, status: response.status }).toEqual({ user, status: 200 });
    }
    for (const user of ['bikubenfonden', 'reporterAarhus', 'member'] as const) {
      const response = await partners.call(user, 'GET', `/programmes/${programme.id}`);
      expect({ user, status: response.status }).toEqual({ user, status: 404 });
      const list = await partners.call<Page<ProgrammeDto>>(user, 'GET', '/programmes');
      expect(list.body.items.map((item) => item.id)).not.toContain(programme.id);
    }
    const own = await partners.call<Page<ProgrammeDto>>(
      'reporterKobenhavn',
      'GET',
      '/programmes?theme=social%20arv',
    );
    expect(own.body.items.map((item) => item.id)).toContain(programme.id);
  });

  it('lets the backbone reorder and edit goals with stable ids; members may not change the agenda', async () => {
    const [first, second, third] = programme.goals;
    const updated = await partners.call<ProgrammeDto>('coordinator', 'PATCH', `/programmes/${programme.id}`, {
      status: 'active',
      goals: [
        { id: third.id, title: third.title },
        { id: first.id, title: 'Flere unge gennemfører en uddannelse' },
        { id: second.id, title: second.title },
        { title: 'Stærkere samarbejde mellem kommune og civilsamfund' },
      ],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.status).toBe('active');
    expect(updated.body.goals.map((goal) => goal.id).slice(0, 3)).toEqual([third.id, first.id, second.id]);
    programme = updated.body;
    const member = await partners.call('reporterKobenhavn', 'PATCH', `/programmes/${programme.id}`, {
      vision: 'Ny vision',
    });
    expect(member.status).toBe(403);
    const stranger = await partners.call('bikubenfonden', 'PATCH', `/programmes/${programme.id}`, {
      vision: 'Ny vision',
    });
    expect(stranger.status).toBe(404);
  });
});

describe('memberships', () => {
  it('refuses an archived organisation, a second membership, and unknown roles, writing nothing', async () => {
    const archived = await partners.call<{ id: string }>('admin', 'POST', '/organisations', {
      name: 'Nedlagt forening',
      type: 'ngo',
    });
    await partners.call('admin', 'PATCH', `/organisations/${archived.body.id}`, { archived: true });
    const before = await partners.count('membership');
    const refused = await partners.call<Problem>(
      'coordinator',
      'POST',
      `/programmes/${programme.id}/members`,
      {
        organisationId: archived.body.id,
        roles: ['implementing-partner'],
      },
    );
    expect(refused.status).toBe(422);
    expect(pointers(refused.body)).toEqual(['/organisationId']);
    const twice = await partners.call('coordinator', 'POST', `/programmes/${programme.id}/members`, {
      organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
      roles: ['data-provider'],
    });
    expect(twice.status).toBe(409);
    const badRoles = await partners.call<Problem>(
      'coordinator',
      'POST',
      `/programmes/${programme.id}/members`,
      {
        organisationId: DEMO_ORGANISATIONS.ngo.id,
        roles: ['sponsor'],
      },
    );
    expect(pointers(badRoles.body)).toEqual(['/roles/0']);
    expect(await partners.count('membership')).toBe(before);
  });

  it('keeps history when roles change and when a member leaves', async () => {
    const joined = await partners.call('coordinator', 'POST', `/programmes/${programme.id}/members`, {
      organisationId: DEMO_ORGANISATIONS.ngo.id,
      roles: ['implementing-partner'],
    });
    expect(joined.status).toBe(201);
    const changed = await partners.call<MembershipDto>(
      'coordinator',
      'PUT',
      `/programmes/${programme.id}/members/${DEMO_ORGANISATIONS.ngo.id}/roles`,
      { roles: ['implementing-partner', 'knowledge-partner'] },
    );
    expect(changed.body.roles).toEqual(['implementing-partner', 'knowledge-partner']);
    const history = await partners.call<Page<MembershipDto>>(
      'coordinator',
      'GET',
      `/programmes/${programme.id}/members?history=true`,
    );
    const ngo = history.body.items.filter((item) => item.organisationId === DEMO_ORGANISATIONS.ngo.id);
    expect(ngo.map((item) => [item.roles, item.leftOn === null])).toEqual(
      expect.arrayContaining([
        [['implementing-partner'], false],
        [['implementing-partner', 'knowledge-partner'], true],
      ]),
    );
    expect(ngo).toHaveLength(2);
    const left = await partners.call(
      'coordinator',
      'DELETE',
      `/programmes/${programme.id}/members/${DEMO_ORGANISATIONS.ngo.id}`,
    );
    expect(left.status).toBe(204);
    const current = await partners.call<Page<MembershipDto>>(
      'coordinator',
      'GET',
      `/programmes/${programme.id}/members`,
    );
    expect(current.body.items.map((item) => item.organisationId)).not.toContain(DEMO_ORGANISATIONS.ngo.id);
    expect(
      await partners.count(
        'outbox_message',
        `event_type = 'dk.samvirke.partners.membership.revoked.v1' AND payload->>'organisationId' = $1`,
        [DEMO_ORGANISATIONS.ngo.id],
      ),
    ).toBe(2);
  });

  it('refuses members and strangers who try to manage members', async () => {
    const member = await partners.call('reporterKobenhavn', 'POST', `/programmes/${programme.id}/members`, {
      organisationId: DEMO_ORGANISATIONS.aarhus.id,
      roles: ['data-provider'],
    });
    expect(member.status).toBe(403);
    const stranger = await partners.call('reporterAarhus', 'POST', `/programmes/${programme.id}/members`, {
      organisationId: DEMO_ORGANISATIONS.aarhus.id,
      roles: ['data-provider'],
    });
    expect(stranger.status).toBe(404);
    const backbone = await partners.call(
      'coordinator',
      'DELETE',
      `/programmes/${programme.id}/members/${DEMO_ORGANISATIONS.backbone.id}`,
    );
    expect(backbone.status).toBe(409);
  });
});
