import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import {
  clientToken,
  createTemporaryClient,
  decodeJwtPayload,
  DEMO_ORGANISATIONS,
  dropSchema,
  startEffectApp,
  uniqueSuiteId,
  userToken,
  waitFor,
  type EffectApp,
  type TemporaryIdentity,
} from '@samvirke/testing';
import { createFeedApp } from '../feed-app.js';
import { FeedStreams } from './feed-streams.js';
import { seedEvents } from '../../test/feed-events.fixture.js';
import { migrateFeed } from '../../test/migrate-feed.js';

/**
 * An event stream is authorised again while it runs: it ends with `event: closed` when its real
 * Keycloak token expires (a client whose tokens live 6 s) or when a platform admin revokes the
 * grant it reads, and graceful shutdown can close every stream the same way.
 */
const suite = uniqueSuiteId('feed_stream_access');
const OTHER = { clientId: 'samvirke-integration-other', secret: 'samvirke-integration-other-dev-secret' };
const programmeA = randomUUID();
const programmeB = randomUUID();
let feed: INestApplication;
let url: string;
let services: EffectApp;
let shortLived: TemporaryIdentity;

beforeAll(async () => {
  Object.assign(process.env, {
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: `${suite}.`,
    OUTBOX_POLL_INTERVAL_MS: '200',
    FEED_KAFKA_CLIENTS: '',
  });
  await migrateFeed();
  feed = await createFeedApp();
  await feed.listen(0, '127.0.0.1');
  url = (await feed.getUrl()).replace('[::1]', '127.0.0.1');
  services = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, consumer: false });
  await services.dataSource.transaction((manager) =>
    services.outbox.recordAll(manager, seedEvents(programmeA, programmeB)),
  );
  shortLived = await createTemporaryClient({
    clientId: `feed-short-${randomUUID().slice(0, 8)}`,
    accessTokenLifespanSeconds: 6,
    roles: ['integration'],
    organisations: [DEMO_ORGANISATIONS.helsefonden.id],
  });
  await waitFor('the feed to know both programmes', async () => (await programmesKnown()) === 2);
}, 120_000);

afterAll(async () => {
  await shortLived?.remove();
  await services?.close();
  await feed?.close();
  await dropSchema(suite, ['samvirke_feed', 'samvirke_partners']);
}, 60_000);

async function programmesKnown(): Promise<number> {
  const response = await fetch(`${url}/events?limit=100`, {
    headers: { authorization: `Bearer ${await userToken('platform.admin')}` },
  });
  const body = (await response.json()) as { events: { type: string }[] };
  return body.events.filter((event) => event.type === 'dk.samvirke.public.programme.created.v1').length;
}

async function grants(method: 'PUT' | 'DELETE', clientId: string, programmeId: string): Promise<number> {
  const response = await fetch(`${url}/grants/${clientId}/programmes/${programmeId}`, {
    method,
    headers: { authorization: `Bearer ${await userToken('platform.admin')}` },
  });
  await response.body?.cancel();
  return response.status;
}

/** An open stream: its text so far, whether it ended, and when. */
interface Stream {
  text: string;
  endedAt: number | undefined;
  abort(): void;
}

async function openStream(token: string, query = ''): Promise<Stream> {
  const abort = new AbortController();
  const response = await fetch(`${url}/stream${query}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const stream: Stream = { text: '', endedAt: undefined, abort: () => abort.abort() };
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = (await reader.read()) as { value?: Uint8Array; done: boolean };
        if (done) break;
        stream.text += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted by the test
    }
    stream.endedAt = Date.now();
  })();
  return stream;
}

const closedEvent = (stream: Stream): { reason: string; detail: string } | undefined => {
  const match = /^event: closed\ndata: (.+)$/m.exec(stream.text);
  return match?.[1] ? (JSON.parse(match[1]) as { reason: string; detail: string }) : undefined;
};

describe('event stream re-authorisation', () => {
  it('closes with token-expired when the real token expires, and not before', async () => {
    expect(await grants('PUT', shortLived.name, programmeA)).toBe(200);
    const token = await shortLived.token();
    const exp = Number(decodeJwtPayload(token)['exp']) * 1_000;
    expect(exp - Date.now()).toBeLessThanOrEqual(6_500);
    const stream = await openStream(token);
    await waitFor('the granted programme’s events', () =>
      stream.text.includes(`"programmeId":"${programmeA}"`),
    );
    expect(closedEvent(stream)).toBeUndefined();
    const closed = await waitFor('the closing event', () => closedEvent(stream), { timeoutMs: 15_000 });
    expect(closed.reason).toBe('token-expired');
    expect(Date.now()).toBeGreaterThanOrEqual(exp);
    expect(Date.now() - exp).toBeLessThan(2_500);
    await waitFor('the stream to end', () => stream.endedAt !== undefined);
    expect(stream.text.trimEnd().endsWith('}')).toBe(true);
  });

  it('closes with access-revoked when the grant it reads is revoked', async () => {
    expect(await grants('PUT', OTHER.clientId, programmeB)).toBe(200);
    const stream = await openStream(
      await clientToken(OTHER.clientId, OTHER.secret),
      `?programme=${programmeB}`,
    );
    await waitFor('the granted programme’s events', () =>
      stream.text.includes(`"programmeId":"${programmeB}"`),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(closedEvent(stream)).toBeUndefined();
    const revokedAt = Date.now();
    expect(await grants('DELETE', OTHER.clientId, programmeB)).toBe(204);
    const closed = await waitFor('the closing event', () => closedEvent(stream), { timeoutMs: 10_000 });
    expect(closed.reason).toBe('access-revoked');
    expect(Date.now() - revokedAt).toBeLessThan(3_000);
    await waitFor('the stream to end', () => stream.endedAt !== undefined);
  });

  it('lets shutdown close every open stream with a final event', async () => {
    const streams = feed.get(FeedStreams);
    const stream = await openStream(await userToken('platform.admin'));
    await waitFor('the stream to be registered', () => streams.size === 1);
    streams.closeAll('shutting-down');
    await waitFor('the stream to end', () => stream.endedAt !== undefined);
    expect(closedEvent(stream)?.reason).toBe('shutting-down');
    await waitFor('the stream to be forgotten', () => streams.size === 0);
  });
});
