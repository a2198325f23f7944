import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import {
  FEED_API,
  PUBLIC_TOPICS,
  reportingPeriodOpenedV1,
  type FeedEvent,
  type FeedPage,
} from '@samvirke/contracts';
import type { PendingEvent } from '@samvirke/messaging';
import {
  clientToken,
  DEMO_CLIENTS,
  dropSchema,
  readTopic,
  servedAndDocumented,
  startEffectApp,
  uniqueSuiteId,
  userToken,
  waitFor,
  type EffectApp,
} from '@samvirke/testing';
import { createFeedApp } from '../feed-app.js';
import { RetentionScheduler } from '../housekeeping/retention.scheduler.js';
import { migrateFeed } from '../../test/migrate-feed.js';
import { seedEvents } from '../../test/feed-events.fixture.js';

/**
 * The integration feed in this process (its own HTTP paths, /api/feed/... at the gateway), in its own schema and topic prefix, fed by a
 * stand-in for the services that publishes real internal events through an outbox and relay.
 */
const suite = uniqueSuiteId('feed');
const OTHER = { clientId: 'samvirke-integration-other', secret: 'samvirke-integration-other-dev-secret' };
let feed: INestApplication;
let url: string;
let services: EffectApp;

/** FEED_RETENTION_DAYS, set for this suite. */
const RETENTION_DAYS = 30;
const programmeA = randomUUID();
const programmeB = randomUUID();

type Caller = 'admin' | 'demo' | 'other' | 'reporter' | null;

async function token(caller: Exclude<Caller, null>): Promise<string> {
  switch (caller) {
    case 'admin':
      return userToken('platform.admin');
    case 'reporter':
      return userToken('reporter.kobenhavn');
    case 'demo':
      return clientToken();
    case 'other':
      return clientToken(OTHER.clientId, OTHER.secret);
  }
}

async function call<T>(caller: Caller, method: string, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: caller ? { authorization: `Bearer ${await token(caller)}` } : {},
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

const read = (caller: Caller, query = '') => call<FeedPage>(caller, 'GET', `/events${query}`);

async function publish(events: PendingEvent[]): Promise<void> {
  await services.dataSource.transaction((manager) => services.outbox.recordAll(manager, events));
}

/** Every event the admin can see, following the cursor to the end. */
async function everything(): Promise<FeedEvent[]> {
  const events: FeedEvent[] = [];
  let after = '';
  for (;;) {
    const page = await read('admin', `?limit=500${after ? `&after=${after}` : ''}`);
    events.push(...page.body.events);
    if (page.body.events.length === 0 || !page.body.next) return events;
    after = page.body.next;
  }
}

beforeAll(async () => {
  Object.assign(process.env, {
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: `${suite}.`,
    OUTBOX_POLL_INTERVAL_MS: '200',
    FEED_KAFKA_CLIENTS: '',
    FEED_RETENTION_DAYS: String(RETENTION_DAYS),
  });
  await migrateFeed();
  feed = await createFeedApp();
  await feed.listen(0, '127.0.0.1');
  url = (await feed.getUrl()).replace('[::1]', '127.0.0.1');
  services = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, consumer: false });

  await publish(seedEvents(programmeA, programmeB));
  await waitFor('the projector to record 6 public events', async () => (await everything()).length >= 6);
}, 120_000);

afterAll(async () => {
  await services?.close();
  await feed?.close();
  await dropSchema(suite, ['samvirke_feed', 'samvirke_partners']);
}, 60_000);

describe('public projector', () => {
  it('turns internal events into public ones without personal data, once each, in the feed and on public topics', async () => {
    const events = await everything();
    // Topics interleave; within one programme's stream of one topic the order is kept.
    expect(events.map((event) => event.type).sort()).toEqual([
      'dk.samvirke.public.grant.awarded.v1',
      'dk.samvirke.public.organisation.registered.v1',
      'dk.samvirke.public.programme.created.v1',
      'dk.samvirke.public.programme.created.v1',
      'dk.samvirke.public.progress.updated.v1',
      'dk.samvirke.public.reporting-period.opened.v1',
    ]);
    const measurement = events.filter(
      (event) => event.source === '/samvirke/public' && /period|progress/.test(event.type),
    );
    expect(measurement.map((event) => event.type)).toEqual([
      'dk.samvirke.public.reporting-period.opened.v1',
      'dk.samvirke.public.progress.updated.v1',
    ]);
    const byType = (type: string) => events.find((event) => event.type === type);
    expect(byType('dk.samvirke.public.progress.updated.v1')?.data).toEqual({
      programmeId: programmeA,
      period: '2026-Q2',
      indicatorCodes: ['unge-i-uddannelse'],
    });
    expect(Object.keys(byType('dk.samvirke.public.grant.awarded.v1')?.data ?? {}).sort()).toEqual(
      ['amountOre', 'awardId', 'awardedAt', 'funders', 'granteeOrganisationId', 'programmeId'].sort(),
    );
    expect(JSON.stringify(events)).not.toMatch(/kontakt@|Mette/);

    const published = await readTopic(
      [process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092'],
      `${suite}.${PUBLIC_TOPICS.measurement}`,
      (messages) => messages.length >= 2,
    );
    expect(published.map((message) => message.headers['ce_type']).sort()).toEqual([
      'dk.samvirke.public.progress.updated.v1',
      'dk.samvirke.public.reporting-period.opened.v1',
    ]);
    expect(published.map((message) => message.headers['ce_id']).sort()).toEqual(
      events
        .filter((event) => event.type.includes('reporting-period') || event.type.includes('progress'))
        .map((event) => event.id)
        .sort(),
    );
  });

  it('changes nothing when an internal event is delivered again', async () => {
    const before = await everything();
    const [original] = await readTopic(
      [process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092'],
      `${suite}.samvirke.measurement`,
      (messages) => messages.some((message) => message.headers['ce_type']?.includes('progress.updated')),
    ).then((messages) =>
      messages.filter((message) => message.headers['ce_type']?.includes('progress.updated')),
    );
    expect(original).toBeDefined();
    const { sendRaw } = await import('@samvirke/testing');
    await sendRaw([process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092'], `${suite}.samvirke.measurement`, [
      { key: original?.key ?? undefined, value: original?.value ?? null, headers: original?.headers },
    ]);
    // A later event for the same programme (same partition) shows the duplicate was passed.
    const marker = randomUUID();
    await publish([
      {
        definition: reportingPeriodOpenedV1,
        data: {
          periodId: marker,
          programmeId: programmeA,
          frequency: 'quarterly',
          period: '2026-Q3',
          dueDate: '2026-10-31',
        },
        options: { subject: programmeA, programmeId: programmeA },
      },
    ]);
    const after = await waitFor('the marker event in the feed', async () => {
      const events = await everything();
      return events.some((event) => event.data['periodId'] === marker) ? events : undefined;
    });
    expect(after.length).toBe(before.length + 1);
  });
});

describe('feed access', () => {
  it('refuses callers without a token (401) and people without the integration role (403)', async () => {
    expect((await read(null)).status).toBe(401);
    const refused = await read('reporter');
    expect(refused.status).toBe(403);
  });

  it('lets platform admins grant programmes, validating the client and programme, and refuses everyone else', async () => {
    const path = `/grants/${DEMO_CLIENTS.integration.clientId}/programmes/${programmeA}`;
    expect((await call('demo', 'PUT', path)).status).toBe(403);
    expect((await call('reporter', 'PUT', path)).status).toBe(403);
    const bad = await call<{ errors: { pointer: string }[] }>('admin', 'PUT', `/grants/X/programmes/nope`);
    expect(bad.status).toBe(400);
    const unknown = await call<{ errors: { pointer: string }[] }>(
      'admin',
      'PUT',
      `/grants/${DEMO_CLIENTS.integration.clientId}/programmes/${randomUUID()}`,
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((error) => error.pointer)).toEqual(['/programmeId']);
    const granted = await call<{ clientId: string; programmeId: string }>('admin', 'PUT', path);
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({
      clientId: DEMO_CLIENTS.integration.clientId,
      programmeId: programmeA,
    });
    expect((await call('admin', 'PUT', path)).status).toBe(200);
    const list = await call<{ items: unknown[] }>(
      'admin',
      'GET',
      `/grants?clientId=${DEMO_CLIENTS.integration.clientId}`,
    );
    expect(list.body.items).toHaveLength(1);
  });

  it('shows an integration client only its granted programmes (and organisations, which carry no programme)', async () => {
    const demo = await read('demo', '?limit=500');
    expect(demo.status).toBe(200);
    const programmes = new Set(demo.body.events.map((event) => event.programmeId));
    expect(programmes).toEqual(new Set([null, programmeA]));
    expect(demo.body.events.map((event) => event.type)).toContain('dk.samvirke.public.grant.awarded.v1');

    const other = await read('other', '?limit=500');
    expect(other.status).toBe(200);
    expect(other.body.events.map((event) => event.type)).toEqual([
      'dk.samvirke.public.organisation.registered.v1',
    ]);
  });

  it('refuses a programme filter naming a programme that was not granted', async () => {
    const refused = await read('other', `?programme=${programmeA}`);
    expect(refused.status).toBe(403);
    expect((await read('demo', `?programme=${programmeB}`)).status).toBe(403);
    const allowed = await read(
      'demo',
      `?programme=${programmeA}&type=dk.samvirke.public.programme.created.v1`,
    );
    expect(allowed.body.events.map((event) => [event.type, event.programmeId])).toEqual([
      ['dk.samvirke.public.programme.created.v1', programmeA],
    ]);
  });

  it('revokes a grant (204), then 404 for a grant that is not there', async () => {
    const path = `/grants/${OTHER.clientId}/programmes/${programmeB}`;
    expect((await call('admin', 'PUT', path)).status).toBe(200);
    expect((await read('other', `?programme=${programmeB}`)).status).toBe(200);
    expect((await call('admin', 'DELETE', path)).status).toBe(204);
    expect((await call('admin', 'DELETE', path)).status).toBe(404);
    expect((await read('other', `?programme=${programmeB}`)).status).toBe(403);
  });

  it('answers bad queries with problem details naming every bad field', async () => {
    const bad = await read(
      'demo',
      '?type=dk.samvirke.partners.contact.changed.v1&limit=0&wait=99&programme=x',
    );
    expect(bad.status).toBe(400);
    const body = bad.body as unknown as { errors: { pointer: string }[] };
    expect(body.errors.map((error) => error.pointer).sort()).toEqual([
      '/limit',
      '/programme/0',
      '/type/0',
      '/wait',
    ]);
    const cursor = await read('demo', '?after=bm90LWEtY3Vyc29y');
    expect(cursor.status).toBe(422);
    expect((cursor.body as unknown as { errors: { pointer: string }[] }).errors).toEqual([
      expect.objectContaining({ pointer: '/after' }),
    ]);
  });
});

describe('cursors, long polling and retention', () => {
  it('pages with opaque, increasing cursors and repeats the last cursor at the end', async () => {
    const first = await read('admin', '?limit=2');
    expect(first.body.events).toHaveLength(2);
    const second = await read('admin', `?limit=2&after=${first.body.next}`);
    expect(second.body.events[0]?.id).not.toBe(first.body.events[1]?.id);
    const all = await everything();
    expect(second.body.events.map((event) => event.id)).toEqual(all.slice(2, 4).map((event) => event.id));
    const end = await read('admin', `?after=${all.at(-1)?.cursor}`);
    expect(end.body.events).toEqual([]);
    expect(end.body.next).toBe(all.at(-1)?.cursor);
  });

  it('holds a long poll open until a new event arrives', async () => {
    const all = await everything();
    const started = Date.now();
    const waiting = read('admin', `?wait=20&after=${all.at(-1)?.cursor}`);
    const periodId = randomUUID();
    await publish([
      {
        definition: reportingPeriodOpenedV1,
        data: {
          periodId,
          programmeId: programmeB,
          frequency: 'annual',
          period: '2027',
          dueDate: '2027-12-31',
        },
        options: { subject: programmeB, programmeId: programmeB },
      },
    ]);
    const answer = await waiting;
    expect(answer.body.events.map((event) => event.data['periodId'])).toEqual([periodId]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('streams the events as server-sent events, resuming after Last-Event-ID', async () => {
    const all = await everything();
    const abort = new AbortController();
    const response = await fetch(`${url}/stream`, {
      headers: { authorization: `Bearer ${await token('admin')}`, 'last-event-id': all[0]?.cursor ?? '' },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const ids = (): string[] => [...text.matchAll(/^id: (.+)$/gm)].map((match) => match[1] ?? '');
    while (ids().length < all.length - 1) {
      const { value, done } = (await reader.read()) as { value?: Uint8Array; done: boolean };
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    abort.abort();
    expect(ids()).toEqual(all.slice(1).map((event) => event.cursor));
    expect(text).toContain(`event: ${all[1]?.type}`);
  });

  it('answers 410 with the horizon for a cursor older than the retention, and replays from the horizon', async () => {
    const all = await everything();
    const oldCursor = all[0]?.cursor;
    // A round as of retention + 1 s from now removes everything recorded until now.
    const asOf = new Date(Date.now() + RETENTION_DAYS * 24 * 3_600_000 + 1_000);
    const removed = await feed.get(RetentionScheduler).runOnce(asOf);
    expect(removed).toEqual({ ran: true, result: all.length });
    const gone = await read('admin', `?after=${oldCursor}`);
    expect(gone.status).toBe(410);
    const horizon = (gone.body as unknown as { horizon: string }).horizon;
    expect(horizon).toBe(all.at(-1)?.cursor);
    const fromHorizon = await read('admin', `?after=${horizon}`);
    expect(fromHorizon.status).toBe(200);
    expect(fromHorizon.body.horizon).toBe(horizon);
  });
});

describe('the feed service', () => {
  it('serves exactly the operations of FEED_API (besides health and metrics), at the gateway under /api/feed', () => {
    const { served, documented } = servedAndDocumented(feed, FEED_API);
    expect(served).toEqual(documented);
    expect(FEED_API.prefix).toBe('/api/feed');
  });
});
