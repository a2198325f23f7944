import ICAL from 'ical.js';
import type {
  ActionItemDto,
  BodyDto,
  CalendarFeedWithToken,
  DecisionDto,
  InboxItemDto,
  MeetingDto,
  Page,
} from '@samvirke/contracts';
import {
  DEMO_ORGANISATIONS,
  dropSchema,
  migrateService,
  startService,
  uniqueSuiteId,
  waitFor,
  type RunningService,
} from '@samvirke/testing';
import { gatewayCaller } from './gateway-caller.js';

/**
 * Governance end to end, each service its own process behind the gateway: the backbone sets up a
 * steering group and a working group for a goal, schedules a meeting (its members hear of it and it
 * appears in København's calendar feed), records minutes and decisions linked to a goal, and gives
 * København an action item due tomorrow, whose reminder reaches København's inbox once. Members read
 * everything and write nothing; bad input names every bad field and changes nothing.
 */
const suite = uniqueSuiteId('governance_e2e');
const env = {
  DATABASE_SCHEMA: suite,
  KAFKA_TOPIC_PREFIX: `${suite}.`,
  OUTBOX_POLL_INTERVAL_MS: '300',
  ACTION_ITEM_CHECK_INTERVAL_MS: '500',
  ACTION_ITEM_REMINDER_DAYS: '3',
};
const services: RunningService[] = [];
let gateway: RunningService;
const { call, ok } = gatewayCaller(() => gateway.url);
const { backbone, kobenhavn, helsefonden } = DEMO_ORGANISATIONS;

let base: string;
let goalId: string;

beforeAll(async () => {
  await Promise.all(['partners', 'notifications'].map((name) => migrateService(name, env)));
  // One at a time: on a busy machine two starting together may miss the harness's readiness limit.
  const partners = await startService('partners', 'PARTNERS_PORT', env);
  const notifications = await startService('notifications', 'NOTIFICATIONS_PORT', env);
  services.push(partners, notifications);
  gateway = await startService('gateway', 'GATEWAY_PORT', {
    ...env,
    PARTNERS_URL: partners.url,
    NOTIFICATIONS_URL: notifications.url,
  });
  services.push(gateway);
  for (const organisation of [backbone, kobenhavn, helsefonden]) {
    const { id, name, type } = organisation;
    const kommunekode = organisation === kobenhavn ? { kommunekode: '101' } : {};
    await ok(201, call('admin', 'POST', '/partners/organisations', { id, name, type, ...kommunekode }));
  }
  const programme = await ok<{ id: string; goals: { id: string }[] }>(
    201,
    call('helsefonden', 'POST', '/partners/programmes', {
      slug: `styring-${suite.slice(-8)}`,
      name: 'Bryd den negative sociale arv',
      problemStatement: 'Børn fra udsatte familier har ringere chancer.',
      vision: 'Lige muligheder.',
      startDate: '2026-01-01',
      goals: [{ title: 'Flere unge i uddannelse' }],
      backboneOrganisationId: backbone.id,
    }),
  );
  base = `/partners/programmes/${programme.id}/governance`;
  goalId = programme.goals[0].id;
  const members = `/partners/programmes/${programme.id}/members`;
  await ok(
    201,
    call('coordinator', 'POST', members, { organisationId: kobenhavn.id, roles: ['data-provider'] }),
  );
}, 180_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  await dropSchema(suite, ['samvirke_partners', 'samvirke_notifications']);
}, 60_000);

const inboxOf = async (category: string) =>
  (await ok<Page<InboxItemDto>>(200, call('reporterKobenhavn', 'GET', '/notifications/inbox'))).items.filter(
    (item) => item.category === category,
  );

describe('governance', () => {
  let steering: BodyDto;
  let meeting: MeetingDto;

  it('sets up a steering group and a working group per goal, read by the members', async () => {
    steering = await ok<BodyDto>(
      201,
      call('coordinator', 'POST', `${base}/bodies`, {
        kind: 'steering-group',
        name: 'Styregruppen',
        members: [
          { organisationId: helsefonden.id, personName: 'Anne Fonden', role: 'chair' },
          { organisationId: kobenhavn.id, personName: 'Bo Kommune', role: 'member' },
        ],
      }),
    );
    await ok(
      201,
      call('coordinator', 'POST', `${base}/bodies`, { kind: 'working-group', name: 'Uddannelse', goalId }),
    );
    const bodies = await ok<BodyDto[]>(200, call('reporterKobenhavn', 'GET', `${base}/bodies`));
    expect(bodies.map((body) => [body.kind, body.name, body.goalId])).toEqual([
      ['working-group', 'Uddannelse', goalId],
      ['steering-group', 'Styregruppen', null],
    ]);
    expect(bodies[1].members).toEqual([
      {
        organisationId: helsefonden.id,
        organisationName: helsefonden.name,
        personName: 'Anne Fonden',
        role: 'chair',
      },
      {
        organisationId: kobenhavn.id,
        organisationName: kobenhavn.name,
        personName: 'Bo Kommune',
        role: 'member',
      },
    ]);
  });

  it('refuses bad input naming every field, and members who write, and changes nothing', async () => {
    const bad = await call<{ errors: { pointer: string }[] }>('coordinator', 'POST', `${base}/bodies`, {
      kind: 'working-group',
      name: 'Uden mål',
      goalId: null,
      members: [{ organisationId: DEMO_ORGANISATIONS.aarhus.id, personName: 'X', role: 'member' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((error) => error.pointer).sort()).toEqual([
      '/goalId',
      '/members/0/organisationId',
    ]);
    const badMeeting = await call<{ errors: { pointer: string }[] }>(
      'coordinator',
      'POST',
      `${base}/meetings`,
      {
        bodyId: steering.id,
        title: '',
        startsAt: '2027-01-05T15:00:00Z',
        endsAt: '2027-01-05T13:00:00Z',
        documents: [{ title: 'Script', url: 'javascript:alert(1)' }],
      },
    );
    expect(badMeeting.status).toBe(400);
    expect(badMeeting.body.errors.map((error) => error.pointer).sort()).toEqual([
      '/documents/0/url',
      '/endsAt',
      '/title',
    ]);
    expect(
      (await call('reporterKobenhavn', 'POST', `${base}/bodies`, { kind: 'steering-group', name: 'X' }))
        .status,
    ).toBe(403);
    expect(await ok<BodyDto[]>(200, call('coordinator', 'GET', `${base}/bodies`))).toHaveLength(2);
    expect(await ok<MeetingDto[]>(200, call('coordinator', 'GET', `${base}/meetings`))).toEqual([]);
  });

  it('schedules a meeting that its members hear of and that appears in their calendar feed', async () => {
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    startsAt.setUTCHours(13, 0, 0, 0);
    meeting = await ok<MeetingDto>(
      201,
      call('coordinator', 'POST', `${base}/meetings`, {
        bodyId: steering.id,
        title: 'Styregruppemøde 1',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
        location: 'Rådhuset, København',
        agenda: ['Velkomst', 'Status på målene'],
        documents: [{ title: 'Statusnotat', url: 'https://example.dk/status.pdf' }],
      }),
    );
    expect(meeting).toMatchObject({
      bodyName: 'Styregruppen',
      minutes: null,
      agenda: ['Velkomst', 'Status på målene'],
    });
    const [told] = await waitFor('the meeting in København’s inbox', async () => {
      const items = await inboxOf('governance');
      return items.length > 0 ? items : undefined;
    });
    expect(told.title).toBe('Møde i Styregruppen: Styregruppemøde 1');
    const feed = await ok<CalendarFeedWithToken>(
      201,
      call('reporterKobenhavn', 'POST', '/notifications/calendar/feed'),
    );
    const vevent = await waitFor('the meeting in the calendar feed', async () => {
      const ics = (await call<string>(null, 'GET', `/notifications/calendar/feeds/${feed.token}`)).text;
      const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
      const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
      return events.find((event) => event.uid === `meeting-${meeting.id}@samvirke`);
    });
    expect(vevent.summary).toContain('Styregruppemøde 1 (Styregruppen)');
    expect(vevent.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
  });

  it('keeps minutes and a decision log linked to goals, filtered by goal', async () => {
    const minutes = '## Referat\n\nStyregruppen godkendte planen.';
    await ok(200, call('coordinator', 'PUT', `${base}/meetings/${meeting.id}/minutes`, { minutes }));
    expect(
      await ok<MeetingDto>(200, call('reporterKobenhavn', 'GET', `${base}/meetings/${meeting.id}`)),
    ).toMatchObject({ minutes });
    const indicator = '00000000-0000-4000-8000-0000000000aa';
    const decision = await ok<DecisionDto>(
      201,
      call('coordinator', 'POST', `${base}/decisions`, {
        meetingId: meeting.id,
        title: 'Mentorindsatsen udvides',
        decidedOn: '2026-12-01',
        links: { goalIds: [goalId], indicatorIds: [indicator] },
      }),
    );
    await ok(
      201,
      call('coordinator', 'POST', `${base}/decisions`, {
        title: 'Næste møde i marts',
        decidedOn: '2026-12-02',
      }),
    );
    const badLink = await call('coordinator', 'POST', `${base}/decisions`, {
      title: 'Forkert mål',
      decidedOn: '2026-12-03',
      links: { goalIds: [indicator] },
    });
    expect(badLink.status).toBe(422);
    expect(
      (await ok<DecisionDto[]>(200, call('reporterKobenhavn', 'GET', `${base}/decisions`))).map(
        (d) => d.title,
      ),
    ).toEqual(['Næste møde i marts', 'Mentorindsatsen udvides']);
    const ofGoal = await ok<DecisionDto[]>(
      200,
      call('reporterKobenhavn', 'GET', `${base}/decisions?goalId=${goalId}`),
    );
    expect(ofGoal).toEqual([decision]);
    expect(decision.links).toEqual({
      goalIds: [goalId],
      activityIds: [],
      indicatorIds: [indicator],
      awardIds: [],
    });
  });

  it('reminds the owner of an action item once before it is due, and it can be marked done', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const item = await ok<ActionItemDto>(
      201,
      call('coordinator', 'POST', `${base}/action-items`, {
        meetingId: meeting.id,
        title: 'Send data for 2026-Q4',
        ownerOrganisationId: kobenhavn.id,
        ownerName: 'Bo Kommune',
        dueDate: tomorrow,
      }),
    );
    await ok(
      201,
      call('coordinator', 'POST', `${base}/action-items`, {
        title: 'Senere',
        ownerOrganisationId: kobenhavn.id,
        ownerName: 'Bo Kommune',
        dueDate: later,
      }),
    );
    const reminders = await waitFor('the reminder in København’s inbox', async () => {
      const items = (await inboxOf('governance')).filter((entry) =>
        entry.title.startsWith('Opgave forfalder'),
      );
      return items.length > 0 ? items : undefined;
    });
    expect(reminders.map((entry) => entry.title)).toEqual([expect.stringContaining('Send data for 2026-Q4')]);
    const listed = await ok<ActionItemDto[]>(200, call('reporterKobenhavn', 'GET', `${base}/action-items`));
    expect(listed.map((entry) => [entry.title, entry.remindedAt !== null])).toEqual([
      ['Send data for 2026-Q4', true],
      ['Senere', false],
    ]);
    expect((await call('reporterKobenhavn', 'POST', `${base}/action-items/${item.id}/done`)).status).toBe(
      403,
    );
    const done = await ok<ActionItemDto>(
      200,
      call('coordinator', 'POST', `${base}/action-items/${item.id}/done`),
    );
    expect(done.doneAt).not.toBeNull();
  });
});
