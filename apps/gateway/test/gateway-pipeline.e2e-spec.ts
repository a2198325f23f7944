import { createServer, type ServerResponse } from 'node:http';
import { startService, waitFor, type RunningService } from '@samvirke/testing';
import { bearer, expectProblem, PORTAL, statusOf, testGateways } from './test-gateways.js';

/**
 * The gateway's one pipeline (apps/gateway/src/pipeline/pipeline.ts) against real Keycloak
 * tokens: a caller's first request and the next ones are answered alike, whatever the gateway
 * already knows of the token; the proxy's own failures are problem details; and the proxy streams.
 */
const gateways = testGateways();

describe('one pipeline for every request', () => {
  /** Headers that differ between any two answers (ids, time, the caller's remaining budget). */
  const PER_ANSWER = new Set(['date', 'x-request-id', 'x-correlation-id', 'ratelimit-remaining']);

  it('answers the second read with a token exactly as it answered the first', async () => {
    // A user no other test here sends to this gateway, so the first request meets a new token.
    const headers = await bearer('realdania');
    const first = await fetch(`${gateways.gateway.url}/api/partners/programmes?lane=1`, { headers });
    const firstSeen = gateways.stub.seen.at(-1);
    const second = await fetch(`${gateways.gateway.url}/api/partners/programmes?lane=1`, { headers });
    const secondSeen = gateways.stub.seen.at(-1);

    expect(second.status).toBe(200);
    expect(second.status).toBe(first.status);
    expect(await second.text()).toBe(await first.text());
    const names = (response: Response): string[] => [...response.headers.keys()].sort();
    expect(names(second)).toEqual(names(first));
    for (const name of names(first).filter((header) => !PER_ANSWER.has(header))) {
      expect([name, second.headers.get(name)]).toEqual([name, first.headers.get(name)]);
    }
    // The service is sent the same request both times.
    expect(secondSeen?.url).toBe(firstSeen?.url);
    const forwarded = (seen: typeof firstSeen): string[] =>
      Object.keys(seen?.headers ?? {})
        .filter((header) => !PER_ANSWER.has(header))
        .sort();
    expect(forwarded(secondSeen)).toEqual(forwarded(firstSeen));
    expect(secondSeen?.headers['x-correlation-id']).toBe(second.headers.get('x-correlation-id'));
  });

  it('answers 502 and 504 problem details with the pipeline’s headers when the service fails', async () => {
    const headers = await bearer();
    await expectProblem(await fetch(`${gateways.gateway.url}/api/grants/calls`, { headers }), 502);
    const unreachable = await fetch(`${gateways.gateway.url}/api/grants/calls`, { headers });
    const body = await expectProblem(unreachable, 502);
    expect(body.detail).toBe('The service is not reachable right now.');
    expect(unreachable.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(unreachable.headers.get('x-content-type-options')).toBe('nosniff');
    await expectProblem(await fetch(`${gateways.gateway.url}/api/partners/slow`, { headers }), 504);
  });

  it('answers browsers (CORS), bodies, unknown services and refused tokens of a known caller', async () => {
    const headers = await bearer();
    await fetch(`${gateways.gateway.url}/api/partners/programmes`, { headers });
    const fromPortal = await fetch(`${gateways.gateway.url}/api/partners/programmes`, {
      headers: { ...headers, origin: PORTAL },
    });
    expect(fromPortal.headers.get('access-control-allow-origin')).toBe(PORTAL);
    const posted = await fetch(`${gateways.gateway.url}/api/partners/programmes`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(posted.status).toBe(200);
    await expectProblem(await fetch(`${gateways.gateway.url}/api/nothing/here`, { headers }), 404);
    const tampered = `${headers.authorization?.slice(0, -2) ?? ''}xx`;
    await expectProblem(
      await fetch(`${gateways.gateway.url}/api/partners/programmes`, {
        headers: { authorization: tampered },
      }),
      401,
    );
  });

  it('counts a caller’s first request and the next ones against one rate limit', async () => {
    const headers = await bearer('member');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push(await statusOf(fetch(`${gateways.throttled.url}/api/partners/programmes`, { headers })));
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

/** A service that answers GET /events with a server-sent event stream it writes to on demand. */
async function startEventService(): Promise<{
  url: string;
  streams: ServerResponse[];
  closed: () => number;
  close: () => Promise<void>;
}> {
  const streams: ServerResponse[] = [];
  let closed = 0;
  const server = createServer((request, response) => {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.write('retry: 2000\n\n');
    streams.push(response);
    request.socket.once('close', () => (closed += 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    streams,
    closed: () => closed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the proxy streams', () => {
  let events: Awaited<ReturnType<typeof startEventService>>;
  let gateway: RunningService;

  beforeAll(async () => {
    events = await startEventService();
    gateway = await startService('gateway', 'GATEWAY_PORT', {
      PARTNERS_URL: events.url,
      MEASUREMENT_URL: events.url,
      GRANTS_URL: events.url,
      NOTIFICATIONS_URL: events.url,
      UPSTREAM_TIMEOUT_MS: '1000',
    });
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await events?.close();
  });

  it('relays server-sent events as they come, past UPSTREAM_TIMEOUT_MS, and hangs up the service when the caller does', async () => {
    const abort = new AbortController();
    const response = await fetch(`${gateway.url}/api/partners/events`, {
      headers: await bearer(),
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const next = async (): Promise<string> =>
      decoder.decode((await reader.read()).value as Uint8Array | undefined);
    // The first chunk arrives while the service's answer is still open: nothing is buffered.
    expect(await next()).toContain('retry: 2000');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    events.streams.at(-1)?.write('id: 1\nevent: ping\ndata: {}\n\n');
    expect(await next()).toContain('event: ping');
    const closedBefore = events.closed();
    abort.abort();
    await waitFor('the service’s side of the stream to close', () => events.closed() > closedBefore);
  }, 30_000);
});
