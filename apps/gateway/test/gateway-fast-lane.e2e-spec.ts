import { type RunningService } from '@samvirke/testing';
import { bearer, expectProblem, PORTAL, statusOf, testGateways } from './test-gateways.js';

/**
 * The gateway's fast lane (apps/gateway/src/proxy/fast-lane.ts) against real Keycloak tokens: what
 * it takes, that it answers as Express would, and what it leaves to Express.
 */
const gateways = testGateways();

describe('the fast lane: reads by a caller already verified skip Express and Nest', () => {
  const laneCount = async (service: RunningService = gateways.gateway): Promise<number> => {
    const text = await (await fetch(service.metricsUrl)).text();
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
    const first = await fetch(`${gateways.gateway.url}/api/partners/programmes?lane=1`, { headers });
    const firstSeen = gateways.stub.seen.at(-1);
    expect(await laneCount()).toBe(before);
    const second = await fetch(`${gateways.gateway.url}/api/partners/programmes?lane=1`, { headers });
    const secondSeen = gateways.stub.seen.at(-1);
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
    await expectProblem(await fetch(`${gateways.gateway.url}/api/grants/calls`, { headers }), 502);
    const before = await laneCount();
    const unreachable = await fetch(`${gateways.gateway.url}/api/grants/calls`, { headers });
    const body = await expectProblem(unreachable, 502);
    expect(body.detail).toBe('The service is not reachable right now.');
    expect(unreachable.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(unreachable.headers.get('x-content-type-options')).toBe('nosniff');
    await expectProblem(await fetch(`${gateways.gateway.url}/api/partners/slow`, { headers }), 504);
    expect(await laneCount()).toBe(before + 2);
  });

  it('leaves browsers (CORS), bodies, unknown services and refused tokens to Express', async () => {
    const headers = await bearer();
    await fetch(`${gateways.gateway.url}/api/partners/programmes`, { headers });
    const before = await laneCount();
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
    expect(await laneCount()).toBe(before);
  });

  it('keeps counting against the same rate limit as Express', async () => {
    const headers = await bearer('member');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push(await statusOf(fetch(`${gateways.throttled.url}/api/partners/programmes`, { headers })));
    }
    // The first request went through Express, the next ones through the fast lane: one budget of 3.
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await laneCount(gateways.throttled)).toBeGreaterThanOrEqual(3);
  });
});
