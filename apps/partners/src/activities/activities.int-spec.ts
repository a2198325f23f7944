import { randomUUID } from 'node:crypto';
import type { ActivityDto, GoalMap, ProgrammeDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import {
  pointers,
  seedProgramme,
  startPartners,
  type PartnersFixture,
  type Problem,
} from '../../test/partners-api.fixture.js';

/**
 * Members' activities, and callers refused on every programme endpoint, against real PostgreSQL,
 * Kafka and Keycloak tokens. The programme has three goals, the backbone as coordinator, Helsefonden
 * as funder and København as data provider and implementing partner.
 */
let partners: PartnersFixture;
let programme: ProgrammeDto;

beforeAll(async () => {
  partners = await startPartners('activities');
  programme = await seedProgramme(partners);
}, 60_000);

afterAll(async () => {
  await partners?.close();
}, 60_000);

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
        goalIds: [programme.goals[2].id],
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
