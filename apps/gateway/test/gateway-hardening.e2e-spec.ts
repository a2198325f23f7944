import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { Validator } from '@seriousme/openapi-schema-validator';
import { documentedHeaders, EVENT_REGISTRY, HTTP_APIS } from '@samvirke/contracts';
import { clientToken, waitFor } from '@samvirke/testing';
import { bearer, expectProblem, PORTAL, statusOf, testGateways } from './test-gateways.js';

/** The gateway's own defences, against real Keycloak tokens (see test-gateways.ts). */
const gateways = testGateways();

describe('API documents', () => {
  it('serves the AsyncAPI 3.0 document without a token, and the official parser finds no error in it', async () => {
    const response = await fetch(`${gateways.gateway.url}/asyncapi.json`);
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
    const response = await fetch(`${gateways.gateway.url}/openapi.json`);
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
    await expectProblem(await fetch(`${gateways.gateway.url}/no/such/route`), 404);
    await expectProblem(
      await fetch(`${gateways.gateway.url}/api/no-such-service/x`, { headers: await bearer() }),
      404,
    );
  });

  it('answers a malformed path with problem details', async () => {
    const response = await fetch(`${gateways.gateway.url}/api/partners/%E0%A4%A`, {
      headers: await bearer(),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectProblem(response, response.status);
  });

  it('refuses a body over GATEWAY_BODY_LIMIT with 413 before it reaches the service', async () => {
    const before = gateways.stub.seen.length;
    const response = await fetch(`${gateways.gateway.url}/api/partners/organisations`, {
      method: 'POST',
      headers: { ...(await bearer()), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(70 * 1024) }),
    });
    await expectProblem(response, 413);
    expect(gateways.stub.seen.length).toBe(before);
  });

  it('lets a body under the limit through untouched', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(60 * 1024) });
    const response = await fetch(`${gateways.gateway.url}/api/partners/organisations`, {
      method: 'POST',
      headers: { ...(await bearer()), 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(200);
    expect(gateways.stub.seen.at(-1)?.bodyLength).toBe(Buffer.byteLength(body));
  });

  it('refuses a body in another charset (415) or with bytes that are not UTF-8 (400) before the service', async () => {
    const before = gateways.stub.seen.length;
    const latin1 = Buffer.from(JSON.stringify({ name: 'Ærø Kommune' }), 'latin1');
    const send = async (contentType: string, body: Buffer): Promise<Response> =>
      fetch(`${gateways.gateway.url}/api/partners/organisations`, {
        method: 'POST',
        headers: { ...(await bearer()), 'content-type': contentType },
        body,
      });
    await expectProblem(await send('application/json; charset=iso-8859-1', latin1), 415);
    await expectProblem(await send('application/json', latin1), 400);
    await expectProblem(await send('text/csv; charset=windows-1252', Buffer.from('navn;Ærø', 'latin1')), 415);
    await expectProblem(await send('text/csv', Buffer.from('navn;Ærø', 'latin1')), 400);
    expect(gateways.stub.seen.length).toBe(before);
    const utf8 = await send('application/json; charset=UTF-8', Buffer.from(JSON.stringify({ name: 'Ærø' })));
    expect(utf8.status).toBe(200);
    expect(gateways.stub.seen.length).toBe(before + 1);
  });

  it('answers 504 problem details when the service does not answer within UPSTREAM_TIMEOUT_MS', async () => {
    const started = Date.now();
    const response = await fetch(`${gateways.gateway.url}/api/partners/slow`, { headers: await bearer() });
    await expectProblem(response, 504);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers 502 problem details when the service cannot be reached', async () => {
    await expectProblem(
      await fetch(`${gateways.gateway.url}/api/grants/calls`, { headers: await bearer() }),
      502,
    );
  });

  it('answers 401 problem details with WWW-Authenticate without a token', async () => {
    const response = await fetch(`${gateways.gateway.url}/api/partners/programmes`);
    await expectProblem(response, 401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
  });
});

describe('request ids', () => {
  it('keeps a well-formed x-request-id, echoes it and forwards it to the service', async () => {
    const response = await fetch(`${gateways.gateway.url}/api/partners/programmes?x=1`, {
      headers: { ...(await bearer()), 'x-request-id': 'portal-req-42' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('portal-req-42');
    const seen = gateways.stub.seen.at(-1);
    expect(seen?.url).toBe('/programmes?x=1');
    expect(seen?.headers['x-request-id']).toBe('portal-req-42');
    expect(seen?.headers['x-correlation-id']).toBe('portal-req-42');
  });

  it('forwards every request header an API operation documents, and passes back every documented answer header', async () => {
    const documented = documentedHeaders(HTTP_APIS, 'request');
    expect(documented).toContain('prefer');
    const sent = Object.fromEntries(documented.map((name) => [name, `value-of-${name}`]));
    const answer = await fetch(`${gateways.gateway.url}/api/measurement/documented-headers`, {
      method: 'PUT',
      headers: { ...(await bearer()), 'content-type': 'text/csv', ...sent },
      body: 'indikator;opdeling;værdi\n',
    });
    await answer.body?.cancel();
    // The stub answers every documented response header (upstream-stub.ts); all come back.
    for (const name of documentedHeaders(HTTP_APIS, 'response'))
      expect(answer.headers.get(name)).toBe(`answer-${name}`);
    const seen = gateways.stub.seen.at(-1);
    expect(seen?.url).toBe('/documented-headers');
    for (const name of documented) expect(seen?.headers[name]).toBe(`value-of-${name}`);
    // And on a GET, which has no body to carry them.
    await statusOf(
      fetch(`${gateways.gateway.url}/api/measurement/documented-headers?get`, {
        headers: { ...(await bearer()), prefer: 'return=minimal' },
      }),
    );
    expect(gateways.stub.seen.at(-1)?.headers['prefer']).toBe('return=minimal');
  });

  it('keeps a path that looks like another host on the same service', async () => {
    const response = await fetch(`${gateways.gateway.url}/api/partners//127.0.0.1:1/programmes`, {
      headers: await bearer(),
    });
    expect(response.status).toBe(200);
    expect(gateways.stub.seen.at(-1)?.url).toBe('//127.0.0.1:1/programmes');
  });

  it('counts proxied requests under their route in the metrics', async () => {
    const counted = async (): Promise<number> => {
      const text = await (await fetch(gateways.gateway.metricsUrl)).text();
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
    expect(
      await statusOf(fetch(`${gateways.gateway.url}/api/partners/programmes`, { headers: await bearer() })),
    ).toBe(200);
    await waitFor('the request to be counted', async () => (await counted()) === before + 1);
  });

  it('replaces a malformed x-request-id with a generated one', async () => {
    const response = await fetch(`${gateways.gateway.url}/api/partners/programmes`, {
      headers: { ...(await bearer()), 'x-request-id': 'bad id with spaces' },
    });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(gateways.stub.seen.at(-1)?.headers['x-request-id']).toBe(id);
  });

  it('generates one for a request without, and puts it on error answers too', async () => {
    const response = await fetch(`${gateways.gateway.url}/no/such/route`);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('security headers and CORS', () => {
  it('sets the security headers on proxied answers and errors, and passes no internal header on', async () => {
    for (const response of [
      await fetch(`${gateways.gateway.url}/api/partners/programmes`, { headers: await bearer() }),
      await fetch(`${gateways.gateway.url}/api/partners/programmes`),
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
    const response = await fetch(`${gateways.throttled.url}/openapi.json`);
    await response.body?.cancel();
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it("answers the portal origin's preflight and marks its answers readable", async () => {
    const preflight = await fetch(`${gateways.gateway.url}/api/partners/programmes`, {
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
    expect(preflight.headers.get('access-control-allow-headers')).toContain('prefer');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const actual = await fetch(`${gateways.gateway.url}/api/partners/programmes`, {
      headers: { ...(await bearer()), origin: PORTAL },
    });
    expect(actual.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(actual.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(actual.headers.get('access-control-expose-headers')).toContain('preference-applied');
    expect(actual.headers.get('vary')).toContain('Origin');
  });

  it('refuses a preflight from any other origin and never allows it', async () => {
    const before = gateways.stub.seen.length;
    const preflight = await fetch(`${gateways.gateway.url}/api/partners/programmes`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'DELETE' },
    });
    await expectProblem(preflight, 403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const actual = await fetch(`${gateways.gateway.url}/api/partners/programmes`, {
      headers: { ...(await bearer()), origin: 'https://evil.example' },
    });
    expect(actual.headers.get('access-control-allow-origin')).toBeNull();
    expect(gateways.stub.seen.length).toBe(before + 1);
  });
});

describe('rate limits per client', () => {
  it('gives each user its own budget and answers 429 problem details with Retry-After beyond it', async () => {
    const call = async (headers: Record<string, string>) =>
      fetch(`${gateways.throttled.url}/api/partners/programmes`, { headers });
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
      statuses.push(await statusOf(fetch(`${gateways.throttled.url}/openapi.json`)));
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
        fetch(`${gateways.gateway.url}/api/partners/programmes`, { headers }).then(
          (response) => response.status,
        ),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe('metrics are not public', () => {
  it('serves no /metrics on the public port, with or without a token, but on the metrics port', async () => {
    await expectProblem(await fetch(`${gateways.gateway.url}/metrics`), 404);
    await expectProblem(await fetch(`${gateways.gateway.url}/metrics`, { headers: await bearer() }), 404);
    expect(new URL(gateways.gateway.metricsUrl).port).not.toBe(new URL(gateways.gateway.url).port);
    const metrics = await fetch(gateways.gateway.metricsUrl);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('samvirke_http_requests_total');
    expect(await statusOf(fetch(new URL('/openapi.json', gateways.gateway.metricsUrl)))).toBe(404);
  });

  it("never forwards a service's own metrics or health endpoints, however the path is written", async () => {
    const before = gateways.stub.seen.length;
    for (const path of [
      '/metrics',
      '/health/ready',
      '/health/live',
      '/%6detrics',
      '//metrics',
      '/programmes/../metrics',
      '/./health/ready',
      '/metrics?format=prometheus',
    ]) {
      const response = await fetch(`${gateways.gateway.url}/api/partners${path}`, {
        headers: await bearer(),
      });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      await response.body?.cancel();
    }
    expect(gateways.stub.seen.slice(before)).toEqual([]);
    expect(
      await statusOf(
        fetch(`${gateways.gateway.url}/api/partners/programmes/metrics`, { headers: await bearer() }),
      ),
    ).toBe(200);
  });
});
