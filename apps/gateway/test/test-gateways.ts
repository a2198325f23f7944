import { DEMO_USERS, freePort, startService, userToken, type RunningService } from '@samvirke/testing';
import { startUpstreamStub, type UpstreamStub } from './upstream-stub.js';

/**
 * Two gateways in front of a stub that records what reaches it (and never answers under /slow),
 * so each test sees exactly what the gateway let through: `gateway` with a 1.5 s upstream
 * timeout and a 64 kB body limit, `throttled` with a budget of 3 requests a minute and HSTS. Both
 * send grants to a closed port.
 */
export const PORTAL = 'http://127.0.0.1:5173';

export interface TestGateways {
  readonly stub: UpstreamStub;
  readonly gateway: RunningService;
  readonly throttled: RunningService;
  stop(): Promise<void>;
}

export async function startTestGateways(): Promise<TestGateways> {
  const stub = await startUpstreamStub();
  const closedPort = await freePort();
  const upstreams = {
    PARTNERS_URL: stub.url,
    MEASUREMENT_URL: stub.url,
    NOTIFICATIONS_URL: stub.url,
    FEED_URL: stub.url,
    GRANTS_URL: `http://127.0.0.1:${closedPort}`,
  };
  const [gateway, throttled] = await Promise.all([
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
  return {
    stub,
    gateway,
    throttled,
    stop: async () => {
      await Promise.all([gateway.stop(), throttled.stop()]);
      await stub.close();
    },
  };
}

/** Starts the gateways before the suite's tests and stops them after; filled in by beforeAll. */
export function testGateways(): TestGateways {
  const gateways = {} as { -readonly [K in keyof TestGateways]: TestGateways[K] };
  beforeAll(async () => {
    Object.assign(gateways, await startTestGateways());
  }, 120_000);
  afterAll(async () => {
    await gateways.stop?.();
  });
  return gateways;
}

/**
 * The status of a response whose body the test does not need. The body is dropped: left unread, a
 * large one (the OpenAPI document) holds its connection open, and with it the Jest worker after the
 * suite ends.
 */
export async function statusOf(pending: Promise<Response>): Promise<number> {
  const response = await pending;
  await response.body?.cancel();
  return response.status;
}

export async function bearer(user: keyof typeof DEMO_USERS = 'admin'): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}` };
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
}

export async function expectProblem(response: Response, status: number): Promise<Problem> {
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
