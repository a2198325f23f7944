import {
  clientToken,
  dropSchema,
  migrateService,
  startService,
  uniqueSuiteId,
  type RunningService,
} from '@samvirke/testing';

/**
 * The feed as its own process (dist/) behind the gateway: without it the gateway proxies the other
 * services as before and answers for the feed with a problem; after `main.js migrate` the feed
 * serves /api/feed through the gateway and reports its database and Kafka in readiness.
 */
const suite = uniqueSuiteId('feed_process');
const env = { DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.`, FEED_KAFKA_CLIENTS: '' };
const running: RunningService[] = [];

afterAll(async () => {
  await Promise.all(running.map((service) => service.stop()));
  await dropSchema(suite, ['samvirke_feed']);
}, 60_000);

async function feed(gateway: RunningService): Promise<Response> {
  return fetch(`${gateway.url}/api/feed/events?limit=1`, {
    headers: { authorization: `Bearer ${await clientToken()}` },
  });
}

async function readiness(service: RunningService): Promise<object> {
  return ((await (await fetch(`${service.url}/health/ready`)).json()) as { checks: object }).checks;
}

describe('the feed process behind the gateway', () => {
  it('leaves the gateway proxying without it, and the feed answered with a problem', async () => {
    // FEED_URL: a port nothing listens on (the feed is not running).
    const gateway = await startService('gateway', 'GATEWAY_PORT', { ...env, FEED_URL: 'http://127.0.0.1:9' });
    running.push(gateway);
    expect(await readiness(gateway)).toEqual({ keycloak: 'up' });
    const response = await feed(gateway);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    await response.body?.cancel();
    const unknown = await fetch(`${gateway.url}/api/nosuchservice/x`, {
      headers: { authorization: `Bearer ${await clientToken()}` },
    });
    expect(unknown.status).toBe(404);
    await gateway.stop();
  });

  it('serves the feed after main.js migrate, ready with its database and Kafka', async () => {
    await migrateService('feed', env);
    const service = await startService('feed', 'FEED_PORT', env);
    running.push(service);
    expect(await readiness(service)).toEqual({ database: 'up', kafka: 'up' });
    const gateway = await startService('gateway', 'GATEWAY_PORT', { ...env, FEED_URL: service.url });
    running.push(gateway);
    const response = await feed(gateway);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { events: unknown[]; next: unknown };
    expect(body.events).toEqual([]);
    expect(typeof body.next).toBe('string');
  });
});
