import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { Validator } from '@seriousme/openapi-schema-validator';
import { EVENT_REGISTRY, HTTP_APIS } from '@samvirke/contracts';
import {
  DEMO_USERS,
  clientToken,
  freePort,
  startService,
  userToken,
  waitFor,
  type RunningService,
} from '@samvirke/testing';
import { startUpstreamStub, type UpstreamStub } from './upstream-stub.js';

/**
 * The gateway's own defences, against real Keycloak tokens. The services behind it are a stub that
 * records what reaches it (and never answers under /slow), so each test sees exactly what the
 * gateway let through.
 */
const PORTAL = 'http://127.0.0.1:5173';
let stub: UpstreamStub;
let gateway: RunningService;
let throttled: RunningService;

beforeAll(async () => {
  stub = await startUpstreamStub();
  const closedPort = await freePort();
  const upstreams = {
    PARTNERS_URL: stub.url,
    MEASUREMENT_URL: stub.url,
    NOTIFICATIONS_URL: stub.url,
    GRANTS_URL: `http://127.0.0.1:${closedPort}`,
  };
  [gateway, throttled] = await Promise.all([
    startService('gateway', 'GATEWAY_PORT', {
      ...upstreams,
      UPSTREAM_TIMEOUT_MS: '1500',
      GATEWAY_BODY_LIMIT: '64kb',
    }),
    startService('gateway', 'GATEWAY_PORT', {
      ...upstreams,
      GATEWAY_RATE_LIMIT: '3',
      GATEWAY_RATE_WINDOW_MS: '60000',
      GATEWAY_HSTS: 'max-age=31536000; includeSubDomains',
    }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([gateway?.stop(), throttled?.stop()]);
  await stub?.close();
});

async function bearer(user: keyof typeof DEMO_USERS = 'admin'): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}` };
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const text = await response.text();
  // No stack trace, source path or module name ever leaves the gateway.
  expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d|\.js:\d|Error:/);
  const body = JSON.parse(text) as Problem;
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^https:\/\//);
  expect(body.title).toBeTruthy();
  return body;
}

describe('API documents', () => {
  it('serves the AsyncAPI 3.0 document without a token, and the official parser finds no error in it', async () => {
    const response = await fetch(`${gateway.url}/asyncapi.json`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const { document, diagnostics } = await new Parser().parse(text);
    expect(
      diagnostics.filter((diagnostic) => Number(diagnostic.severity) === Number(DiagnosticSeverity.Error)),
    ).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    expect(document?.allMessages().length).toBe(EVENT_REGISTRY.length);
    expect(
      document
        ?.servers()
        .all()
        .map((server) => server.protocol()),
    ).toContain('kafka');
  });

  it('serves the OpenAPI 3.1 document without a token, valid for the OpenAPI validator', async () => {
    const response = await fetch(`${gateway.url}/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(document.openapi).toBe('3.1.0');
    const operations = HTTP_APIS.flatMap((api) => api.operations).length;
    expect(Object.values(document.paths).flatMap((methods) => Object.keys(methods as object))).toHaveLength(
      operations,
    );
  });
});

describe('errors are problem details, never stack traces', () => {
  it('answers an unknown route with 404 problem details', async () => {
    await expectProblem(await fetch(`${gateway.url}/no/such/route`), 404);
    await expectProblem(
      await fetch(`${gateway.url}/api/no-such-service/x`, { headers: await bearer() }),
      404,
    );
  });

  it('answers a malformed path with problem details', async () => {
    const response = await fetch(`${gateway.url}/api/partners/%E0%A4%A`, { headers: await bearer() });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectProblem(response, response.status);
  });

  it('refuses a body over GATEWAY_BODY_LIMIT with 413 before it reaches the service', async () => {
    const before = stub.seen.length;
    const response = await fetch(`${gateway.url}/api/partners/organisations`, {
      method: 'POST',
      headers: { ...(await bearer()), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(70 * 1024) }),
    });
    await expectProblem(response, 413);
    expect(stub.seen.length).toBe(before);
  });

  it('lets a body under the limit through untouched', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(60 * 1024) });
    const response = await fetch(`${gateway.url}/api/partners/organisations`, {
      method: 'POST',
      headers: { ...(await bearer()), 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(200);
    expect(stub.seen.at(-1)?.bodyLength).toBe(Buffer.byteLength(body));
  });

  it('answers 504 problem details when the service does not answer within UPSTREAM_TIMEOUT_MS', async () => {
    const started = Date.now();
    const response = await fetch(`${gateway.url}/api/partners/slow`, { headers: await bearer() });
    await expectProblem(response, 504);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers 502 problem details when the service cannot be reached', async () => {
    await expectProblem(await fetch(`${gateway.url}/api/grants/calls`, { headers: await bearer() }), 502);
  });

  it('answers 401 problem details with WWW-Authenticate without a token', async () => {
    const response = await fetch(`${gateway.url}/api/partners/programmes`);
    await expectProblem(response, 401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
  });
});

describe('request ids', () => {
  it('keeps a well-formed x-request-id, echoes it and forwards it to the service', async () => {
    const response = await fetch(`${gateway.url}/api/partners/programmes?x=1`, {
      headers: { ...(await bearer()), 'x-request-id': 'portal-req-42' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('portal-req-42');
    const seen = stub.seen.at(-1);
    expect(seen?.url).toBe('/programmes?x=1');
    expect(seen?.headers['x-request-id']).toBe('portal-req-42');
    expect(seen?.headers['x-correlation-id']).toBe('portal-req-42');
  });

  it('keeps a path that looks like another host on the same service', async () => {
    const response = await fetch(`${gateway.url}/api/partners//127.0.0.1:1/programmes`, {
      headers: await bearer(),
    });
    expect(response.status).toBe(200);
    expect(stub.seen.at(-1)?.url).toBe('//127.0.0.1:1/programmes');
  });

  it('counts proxied requests under their route in the metrics', async () => {
    const counted = async (): Promise<number> => {
      const text = await (await fetch(`${gateway.url}/metrics`)).text();
      const line = text
        .split('\n')
        .find((entry) =>
          entry.startsWith(
            'samvirke_http_requests_total{method="GET",route="/api/:service/*path",status="200"}',
          ),
        );
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    const before = await counted();
    expect((await fetch(`${gateway.url}/api/partners/programmes`, { headers: await bearer() })).status).toBe(
      200,
    );
    await waitFor('the request to be counted', async () => (await counted()) === before + 1);
  });

  it('replaces a malformed x-request-id with a generated one', async () => {
    const response = await fetch(`${gateway.url}/api/partners/programmes`, {
      headers: { ...(await bearer()), 'x-request-id': 'bad id with spaces' },
    });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stub.seen.at(-1)?.headers['x-request-id']).toBe(id);
  });

  it('generates one for a request without, and puts it on error answers too', async () => {
    const response = await fetch(`${gateway.url}/no/such/route`);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the fast lane: reads by a caller already verified skip Express and Nest', () => {
  const laneCount = async (service: RunningService = gateway): Promise<number> => {
    const text = await (await fetch(`${service.url}/metrics`)).text();
    const line = text
      .split('\n')
      .find((entry) => entry.startsWith('samvirke_gateway_fast_lane_requests_total '));
    return Number(line?.split(' ').at(-1) ?? Number.NaN);
  };
  /** Headers that differ between any two answers (ids, time, the caller's remaining budget). */
  const PER_ANSWER = new Set(['date', 'x-request-id', 'x-correlation-id', 'ratelimit-remaining']);

  it('answers the second read with a token exactly as Express answered the first', async () => {
    // A user no other test here sends to this gateway, so the first request meets a new token.
    const headers = await bearer('realdania');
    const before = await laneCount();
    const first = await fetch(`${gateway.url}/api/partners/programmes?lane=1`, { headers });
    const firstSeen = stub.seen.at(-1);
    expect(await laneCount()).toBe(before);
    const second = await fetch(`${gateway.url}/api/partners/programmes?lane=1`, { headers });
    const secondSeen = stub.seen.at(-1);
    expect(await laneCount()).toBe(before + 1);

    expect(second.status).toBe(200);
    expect(second.status).toBe(first.status);
    expect(await second.text()).toBe(await first.text());
    const names = (response: Response): string[] => [...response.headers.keys()].sort();
    expect(names(second)).toEqual(names(first));
    for (const name of names(first).filter((header) => !PER_ANSWER.has(header))) {
      expect([name, second.headers.get(name)]).toEqual([name, first.headers.get(name)]);
    }
    // The service is sent the same request both ways.
    expect(secondSeen?.url).toBe(firstSeen?.url);
    const forwarded = (seen: typeof firstSeen): string[] =>
      Object.keys(seen?.headers ?? {})
        .filter((header) => !PER_ANSWER.has(header))
        .sort();
    expect(forwarded(secondSeen)).toEqual(forwarded(firstSeen));
    expect(secondSeen?.headers['x-correlation-id']).toBe(second.headers.get('x-correlation-id'));
  });

  it('answers 502 and 504 problem details itself when the service fails', async () => {
    const headers = await bearer();
    await expectProblem(await fetch(`${gateway.url}/api/grants/calls`, { headers }), 502);
    const before = await laneCount();
    const unreachable = await fetch(`${gateway.url}/api/grants/calls`, { headers });
    const body = await expectProblem(unreachable, 502);
    expect(body.detail).toBe('The service is not reachable right now.');
    expect(unreachable.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(unreachable.headers.get('x-content-type-options')).toBe('nosniff');
    await expectProblem(await fetch(`${gateway.url}/api/partners/slow`, { headers }), 504);
    expect(await laneCount()).toBe(before + 2);
  });

  it('leaves browsers (CORS), bodies, unknown services and refused tokens to Express', async () => {
    const headers = await bearer();
    await fetch(`${gateway.url}/api/partners/programmes`, { headers });
    const before = await laneCount();
    const fromPortal = await fetch(`${gateway.url}/api/partners/programmes`, {
      headers: { ...headers, origin: PORTAL },
    });
    expect(fromPortal.headers.get('access-control-allow-origin')).toBe(PORTAL);
    const posted = await fetch(`${gateway.url}/api/partners/programmes`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(posted.status).toBe(200);
    await expectProblem(await fetch(`${gateway.url}/api/nothing/here`, { headers }), 404);
    const tampered = `${headers.authorization?.slice(0, -2) ?? ''}xx`;
    await expectProblem(
      await fetch(`${gateway.url}/api/partners/programmes`, { headers: { authorization: tampered } }),
      401,
    );
    expect(await laneCount()).toBe(before);
  });

  it('keeps counting against the same rate limit as Express', async () => {
    const headers = await bearer('member');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push((await fetch(`${throttled.url}/api/partners/programmes`, { headers })).status);
    }
    // The first request went through Express, the next ones through the fast lane: one budget of 3.
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await laneCount(throttled)).toBeGreaterThanOrEqual(3);
  });
});

describe('security headers and CORS', () => {
  it('sets the security headers on proxied answers and errors, and passes no internal header on', async () => {
    for (const response of [
      await fetch(`${gateway.url}/api/partners/programmes`, { headers: await bearer() }),
      await fetch(`${gateway.url}/api/partners/programmes`),
    ]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-internal-secret')).toBeNull();
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('sends Strict-Transport-Security when GATEWAY_HSTS is configured', async () => {
    const response = await fetch(`${throttled.url}/openapi.json`);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it("answers the portal origin's preflight and marks its answers readable", async () => {
    const preflight = await fetch(`${gateway.url}/api/partners/programmes`, {
      method: 'OPTIONS',
      headers: {
        origin: PORTAL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const actual = await fetch(`${gateway.url}/api/partners/programmes`, {
      headers: { ...(await bearer()), origin: PORTAL },
    });
    expect(actual.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(actual.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(actual.headers.get('vary')).toContain('Origin');
  });

  it('refuses a preflight from any other origin and never allows it', async () => {
    const before = stub.seen.length;
    const preflight = await fetch(`${gateway.url}/api/partners/programmes`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'DELETE' },
    });
    await expectProblem(preflight, 403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const actual = await fetch(`${gateway.url}/api/partners/programmes`, {
      headers: { ...(await bearer()), origin: 'https://evil.example' },
    });
    expect(actual.headers.get('access-control-allow-origin')).toBeNull();
    expect(stub.seen.length).toBe(before + 1);
  });
});

describe('rate limits per client', () => {
  it('gives each user its own budget and answers 429 problem details with Retry-After beyond it', async () => {
    const call = async (headers: Record<string, string>) =>
      fetch(`${throttled.url}/api/partners/programmes`, { headers });
    const admin = await bearer('admin');
    for (let i = 0; i < 3; i += 1) expect((await call(admin)).status).toBe(200);
    const refused = await call(admin);
    const body = await expectProblem(refused, 429);
    expect(body.title).toBe('Too Many Requests');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(20);
    expect(refused.headers.get('x-request-id')).toBeTruthy();
    // Another person, and a machine client, each have their own budget.
    expect((await call(await bearer('reporterKobenhavn'))).status).toBe(200);
    expect((await call({ authorization: `Bearer ${await clientToken()}` })).status).toBe(200);
  });

  it('counts callers without a valid token by address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await fetch(`${throttled.url}/openapi.json`)).status);
    }
    // Earlier tokenless calls in this file may have used part of the address's budget.
    expect(statuses[0]).toBe(200);
    expect(statuses.at(-1)).toBe(429);
    expect([...statuses].sort()).toEqual(statuses);
  });

  it('does not throttle with the default settings', async () => {
    const headers = await bearer('coordinator');
    const statuses = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(`${gateway.url}/api/partners/programmes`, { headers }).then((response) => response.status),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});
