import { randomUUID } from 'node:crypto';
import { TOPICS } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, readTopic } from '@samvirke/testing';
import type { ActivityDto, GoalMap, MembershipDto, Page, ProgrammeDto } from '@samvirke/contracts';
import { startPartners, type PartnersFixture } from '../../test/partners-api.fixture.js';

/** Programmes, memberships and activities against real PostgreSQL, Kafka and Keycloak tokens. */
let partners: PartnersFixture;
let programme: ProgrammeDto;

type Problem = { status: number; errors?: { pointer: string; detail: string }[] };
const pointers = (body: Problem): string[] => (body.errors ?? []).map((error) => error.pointer).sort();

const agenda = {
  name: 'Bryd den negative sociale arv',
  slug: `bryd-arven-${randomUUID().slice(0, 8)}`,
  problemStatement: 'Børn fra udsatte familier har ringere chancer i uddannelse og beskæftigelse.',
  vision: 'Alle børn får lige muligheder, uanset hvor de kommer fra.',
  goals: [
    { title: 'Flere unge gennemfører en ungdomsuddannelse' },
    { title: 'Færre børn anbringes uden for hjemmet' },
    { title: 'Tidlig indsats i dagtilbud' },
  ],
  themes: ['social arv', 'børn og unge'],
  startDate: '2026-01-01',
  endDate: '2030-12-31',
  backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
};

beforeAll(async () => {
  partners = await startPartners('programmes');
  const created = await partners.call<ProgrammeDto>('helsefonden', 'POST', '/programmes', agenda);
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  programme = created.body;
  const kobenhavn = await partners.call('coordinator', 'POST', `/programmes/${programme.id}/members`, {
    organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
    roles: ['data-provider', 'implementing-partner'],
  });
  if (kobenhavn.status !== 201) throw new Error(JSON.stringify(kobenhavn.body));
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
        ...agenda,
        slug: `x-${randomUUID().slice(0, 8)}`,
      });
      expect({ user, status: response.status }).toEqual({ user, status: 403 });
    }
  });

  it('refuses a taken slug with 409 and names bad agenda fields', async () => {
    const taken = await partners.call<Problem>('helsefonden', 'POST', '/programmes', agenda);
    expect(taken.status).toBe(409);
    const bad = await partners.call<Problem>('helsefonden', 'POST', '/programmes', {
      ...agenda,
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

describe('activities', () => {
  it("lets a member's own staff register its activity and shows who works on which goal", async () => {
    const [goalA, goalB] = programme.goals;
    const created = await partners.call<ActivityDto>(
      'reporterKobenhavn',
      'POST',
      `/programmes/${programme.id}/activities`,
      {
        organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
        title: 'Lektiecaféer i udsatte boligområder',
        goalIds: [goalA.id, goalB.id],
        status: 'ongoing',
        startDate: '2026-02-01',
      },
    );
    expect(created.status).toBe(201);
    const map = await partners.call<GoalMap>('member', 'GET', `/programmes/${programme.id}/goal-map`);
    expect(map.status).toBe(404);
    const seen = await partners.call<GoalMap>('helsefonden', 'GET', `/programmes/${programme.id}/goal-map`);
    expect(seen.body.goals.find((goal) => goal.goalId === goalA.id)?.members).toEqual([
      {
        organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
        organisationName: 'Københavns Kommune',
        activityIds: [created.body.id],
      },
    ]);
    expect(seen.body.uncoveredGoalIds).toEqual(programme.goals.slice(2).map((goal) => goal.id));
  });

  it('refuses a goal that does not exist, a non-member, and another member writing for it', async () => {
    const before = await partners.count('activity');
    const unknownGoal = await partners.call<Problem>(
      'coordinator',
      'POST',
      `/programmes/${programme.id}/activities`,
      {
        organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
        title: 'Mentorordning',
        goalIds: [programme.goals[0].id, randomUUID()],
      },
    );
    expect(unknownGoal.status).toBe(422);
    expect(pointers(unknownGoal.body)).toEqual(['/goalIds/1']);
    const notMember = await partners.call<Problem>(
      'coordinator',
      'POST',
      `/programmes/${programme.id}/activities`,
      {
        organisationId: DEMO_ORGANISATIONS.aarhus.id,
        title: 'Mentorordning',
        goalIds: [programme.goals[0].id],
      },
    );
    expect(pointers(notMember.body)).toEqual(['/organisationId']);
    const forOther = await partners.call(
      'reporterKobenhavn',
      'POST',
      `/programmes/${programme.id}/activities`,
      {
        organisationId: DEMO_ORGANISATIONS.backbone.id,
        title: 'Mentorordning',
        goalIds: [programme.goals[0].id],
      },
    );
    expect(forOther.status).toBe(403);
    expect(await partners.count('activity')).toBe(before);
  });

  it('refuses removing a goal that activities serve', async () => {
    const response = await partners.call<Problem>('coordinator', 'PATCH', `/programmes/${programme.id}`, {
      goals: programme.goals.slice(1).map(({ id, title }) => ({ id, title })),
    });
    expect(response.status).toBe(422);
    expect(pointers(response.body)).toEqual(['/goals']);
  });
});

describe('refused callers on every programme endpoint', () => {
  it('gives strangers 404 and members without a managing role 403, changing nothing', async () => {
    const activities = await partners.call<ActivityDto[]>(
      'coordinator',
      'GET',
      `/programmes/${programme.id}/activities`,
    );
    const activity = activities.body[0];
    const before = {
      memberships: await partners.count('membership'),
      activities: await partners.count('activity'),
      outbox: await partners.count('outbox_message'),
    };
    const cases: [Parameters<PartnersFixture['call']>[0], string, string, unknown, number][] = [
      ['reporterAarhus', 'GET', `/programmes/${programme.id}/members`, undefined, 404],
      ['reporterAarhus', 'GET', `/programmes/${programme.id}/activities`, undefined, 404],
      [
        'bikubenfonden',
        'PATCH',
        `/programmes/${programme.id}/activities/${activity.id}`,
        { status: 'paused' },
        404,
      ],
      [
        'reporterKobenhavn',
        'PUT',
        `/programmes/${programme.id}/members/${DEMO_ORGANISATIONS.kobenhavn.id}/roles`,
        { roles: ['funder'] },
        403,
      ],
      [
        'reporterKobenhavn',
        'DELETE',
        `/programmes/${programme.id}/members/${DEMO_ORGANISATIONS.backbone.id}`,
        undefined,
        403,
      ],
      [
        'reporterKobenhavn',
        'POST',
        `/programmes/${programme.id}/activities`,
        {
          organisationId: DEMO_ORGANISATIONS.backbone.id,
          title: 'Ikke vores',
          goalIds: [programme.goals[0].id],
        },
        403,
      ],
      [null, 'GET', `/programmes/${programme.id}`, undefined, 401],
      [
        null,
        'POST',
        `/programmes/${programme.id}/members`,
        { organisationId: DEMO_ORGANISATIONS.aarhus.id, roles: ['data-provider'] },
        401,
      ],
    ];
    for (const [user, method, path, body, expected] of cases) {
      const response = await partners.call(user, method, path, body);
      expect({ user, method, path, status: response.status }).toEqual({
        user,
        method,
        path,
        status: expected,
      });
    }
    expect({
      memberships: await partners.count('membership'),
      activities: await partners.count('activity'),
      outbox: await partners.count('outbox_message'),
    }).toEqual(before);
  });

  it("lets a member's own staff change its activity but not another member's", async () => {
    const activities = await partners.call<ActivityDto[]>(
      'coordinator',
      'GET',
      `/programmes/${programme.id}/activities`,
    );
    const own = activities.body.find((item) => item.organisationId === DEMO_ORGANISATIONS.kobenhavn.id)!;
    const paused = await partners.call<ActivityDto>(
      'reporterKobenhavn',
      'PATCH',
      `/programmes/${programme.id}/activities/${own.id}`,
      {
        status: 'paused',
      },
    );
    expect(paused.body.status).toBe('paused');
    const registered = await partners.call<ActivityDto>(
      'coordinator',
      'POST',
      `/programmes/${programme.id}/activities`,
      {
        organisationId: DEMO_ORGANISATIONS.backbone.id,
        title: 'Netværksmøder',
        goalIds: [programme.goals[3].id],
      },
    );
    expect(registered.status).toBe(201);
    const other = await partners.call(
      'reporterKobenhavn',
      'PATCH',
      `/programmes/${programme.id}/activities/${registered.body.id}`,
      {
        status: 'cancelled',
      },
    );
    expect(other.status).toBe(403);
  });
});
