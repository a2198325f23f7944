import ICAL from 'ical.js';
import type { CalendarFeedDto, CalendarFeedWithToken } from '@samvirke/contracts';
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
 * The calendar feed end to end, every service its own process behind the gateway: a reporting
 * period opens in measurement and a grant call in grants; København's reporter makes a feed and a
 * calendar program fetches it without logging in; ical.js (a maintained RFC 5545 parser) reads the
 * deadlines. A moved deadline comes with a higher SEQUENCE; a renewed or stopped feed's old address
 * answers 404, and nobody else's programmes show.
 */
const suite = uniqueSuiteId('calendar_e2e');
const env = {
  DATABASE_SCHEMA: suite,
  KAFKA_TOPIC_PREFIX: `${suite}.`,
  OUTBOX_POLL_INTERVAL_MS: '300',
  GRANT_CALL_CHECK_INTERVAL_MS: '500',
};
const NAMES = ['partners', 'measurement', 'grants', 'notifications'] as const;
const services: RunningService[] = [];
let gateway: RunningService;

const { call, ok } = gatewayCaller(() => gateway.url);

/** The events of a feed as ical.js reads them. */
function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

let programmeId: string;
let periodId: string;
let callCloses: string;

beforeAll(async () => {
  await Promise.all(NAMES.map((name) => migrateService(name, env)));
  services.push(
    ...(await Promise.all(NAMES.map((name) => startService(name, `${name.toUpperCase()}_PORT`, env)))),
  );
  gateway = await startService('gateway', 'GATEWAY_PORT', {
    ...env,
    ...Object.fromEntries(services.map((service) => [`${service.name.toUpperCase()}_URL`, service.url])),
  });
  services.push(gateway);
  for (const key of ['helsefonden', 'backbone', 'kobenhavn', 'aarhus'] as const) {
    const organisation = DEMO_ORGANISATIONS[key];
    await ok(
      201,
      call('admin', 'POST', '/partners/organisations', {
        id: organisation.id,
        name: organisation.name,
        type: organisation.type,
        ...(key === 'kobenhavn' ? { kommunekode: '101' } : {}),
        ...(key === 'aarhus' ? { kommunekode: '751' } : {}),
      }),
    );
  }
  const programme = await ok<{ id: string }>(
    201,
    call('helsefonden', 'POST', '/partners/programmes', {
      slug: `kalender-${suite.slice(-8)}`,
      name: 'Bryd den negative sociale arv',
      problemStatement: 'Børn fra udsatte familier har ringere chancer.',
      vision: 'Lige muligheder, også i kalenderen; og mere.',
      startDate: '2026-01-01',
      backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
    }),
  );
  programmeId = programme.id;
  await ok(
    201,
    call('coordinator', 'POST', `/partners/programmes/${programmeId}/members`, {
      organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
      roles: ['data-provider'],
    }),
  );
  const period = await waitFor('measurement to know the programme', async () => {
    const answer = await call<{ id: string }>(
      'coordinator',
      'POST',
      `/measurement/programmes/${programmeId}/periods`,
      {
        frequency: 'quarterly',
        period: '2026-Q2',
        dueDate: '2026-07-31',
      },
    );
    return answer.status === 201 ? answer.body : undefined;
  });
  periodId = period.id;
  await waitFor('grants to know Helsefonden as a funder', async () => {
    const answer = await call('helsefonden', 'POST', `/grants/programmes/${programmeId}/commitments`, {
      funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id,
      amountOre: 1_000_000_000,
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    });
    return answer.status === 201 || undefined;
  });
  callCloses = new Date(Math.ceil((Date.now() + 30 * 86_400_000) / 1000) * 1000).toISOString();
  await ok(
    201,
    call('helsefonden', 'POST', `/grants/programmes/${programmeId}/calls`, {
      funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id,
      title: 'Lektiehjælp; i udsatte boligområder, 2026',
      description: 'Tilskud til kommuner.',
      budgetOre: 500_000_000,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: callCloses,
      eligibleOrganisationTypes: ['municipality'],
      criteria: [{ name: 'Effekt', weight: 1 }],
    }),
  );
}, 240_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  await dropSchema(
    suite,
    NAMES.map((name) => `samvirke_${name}`),
  );
}, 60_000);

describe('the calendar feed', () => {
  let feed: CalendarFeedWithToken;

  it("gives a member's person an iCalendar feed of the programme's deadlines, fetched without logging in", async () => {
    expect(
      await ok<CalendarFeedDto>(200, call('reporterKobenhavn', 'GET', '/notifications/calendar/feed')),
    ).toEqual({
      active: false,
      createdAt: null,
    });
    feed = await ok<CalendarFeedWithToken>(
      201,
      call('reporterKobenhavn', 'POST', '/notifications/calendar/feed'),
    );
    expect(feed.path).toBe(`/api/notifications/calendar/feeds/${feed.token}`);
    const found = await waitFor('both deadlines in the feed', async () => {
      const answer = await call<string>(null, 'GET', `/notifications/calendar/feeds/${feed.token}`);
      expect(answer.status).toBe(200);
      expect(answer.type).toBe('text/calendar; charset=utf-8');
      const parsed = events(answer.text);
      return parsed.length === 2 ? { parsed, text: answer.text } : undefined;
    });
    expect(found.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const [deadline, call_] = found.parsed;
    expect(deadline?.uid).toBe(`reporting-deadline-${periodId}@samvirke`);
    expect(deadline?.summary).toBe('Indberetningsfrist 2026-Q2 – Bryd den negative sociale arv');
    expect(deadline?.startDate.isDate).toBe(true);
    expect(deadline?.startDate.toString()).toBe('2026-07-31');
    expect(call_?.summary).toBe(
      'Ansøgningsfrist: Lektiehjælp; i udsatte boligområder, 2026 – Bryd den negative sociale arv',
    );
    expect(call_?.startDate.toJSDate().toISOString()).toBe(callCloses);
    expect(
      await ok<CalendarFeedDto>(200, call('reporterKobenhavn', 'GET', '/notifications/calendar/feed')),
    ).toEqual({
      active: true,
      createdAt: feed.createdAt,
    });
  });

  it('moves a deadline with a higher sequence, so calendars replace it', async () => {
    await ok(
      200,
      call('coordinator', 'POST', `/measurement/programmes/${programmeId}/periods/${periodId}/extend`, {
        dueDate: '2026-08-14',
      }),
    );
    const moved = await waitFor('the moved deadline', async () => {
      const answer = await call<string>(null, 'GET', `/notifications/calendar/feeds/${feed.token}`);
      const deadline = events(answer.text).find((event) => event.uid.startsWith('reporting-deadline-'));
      return deadline?.startDate.toString() === '2026-08-14' ? deadline : undefined;
    });
    expect(moved.sequence).toBe(1);
  });

  it("shows nobody another organisation's programmes", async () => {
    const aarhus = await ok<CalendarFeedWithToken>(
      201,
      call('reporterAarhus', 'POST', '/notifications/calendar/feed'),
    );
    const answer = await call<string>(null, 'GET', `/notifications/calendar/feeds/${aarhus.token}`);
    expect(answer.status).toBe(200);
    expect(events(answer.text)).toEqual([]);
  });

  it('refuses an unknown, renewed or stopped address, and anonymous callers of the feed settings', async () => {
    expect((await call(null, 'GET', `/notifications/calendar/feeds/${'x'.repeat(43)}`)).status).toBe(404);
    expect((await call(null, 'GET', '/notifications/calendar/feed')).status).toBe(401);
    expect((await call(null, 'POST', '/notifications/calendar/feed')).status).toBe(401);
    expect((await call(null, 'DELETE', '/notifications/calendar/feed')).status).toBe(401);
    const renewed = await ok<CalendarFeedWithToken>(
      201,
      call('reporterKobenhavn', 'POST', '/notifications/calendar/feed'),
    );
    expect(renewed.token).not.toBe(feed.token);
    expect((await call(null, 'GET', `/notifications/calendar/feeds/${feed.token}`)).status).toBe(404);
    expect((await call(null, 'GET', `/notifications/calendar/feeds/${renewed.token}`)).status).toBe(200);
    await ok(204, call('reporterKobenhavn', 'DELETE', '/notifications/calendar/feed'));
    expect((await call(null, 'GET', `/notifications/calendar/feeds/${renewed.token}`)).status).toBe(404);
    expect(
      await ok<CalendarFeedDto>(200, call('reporterKobenhavn', 'GET', '/notifications/calendar/feed')),
    ).toEqual({
      active: false,
      createdAt: null,
    });
  });
});
