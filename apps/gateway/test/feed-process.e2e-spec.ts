import {
  clientToken,
  dropSchema,
  migrateService,
  startService,
  uniqueSuiteId,
  type RunningService,
} from '@samvirke/testing';

/**
 * The gateway as its own process (dist/), with and without its database: unmigrated it proxies as
 * before and the feed answers 503; after `main.js migrate` it serves the feed and reports its
 * database and Kafka in readiness.
 */
const suite = uniqueSuiteId('feed_process');
const env = { DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.`, FEED_KAFKA_CLIENTS: '' };
const running: RunningService[] = [];

afterAll(async () => {
  await Promise.all(running.map((service) => service.stop()));
  await dropSchema(suite, ['samvirke_gateway']);
}, 60_000);

async function feed(gateway: RunningService): Promise<Response> {
  return fetch(`${gateway.url}/api/feed/events?limit=1`, {
    headers: { authorization: `Bearer ${await clientToken()}` },
  });
}

describe('the gateway process and its feed database', () => {
  it('proxies without its database and says why the feed is not there', async () => {
    const gateway = await startService('gateway', 'GATEWAY_PORT', env);
    running.push(gateway);
    const ready = (await (await fetch(`${gateway.url}/health/ready`)).json()) as { checks: object };
    expect(ready.checks).toEqual({ keycloak: 'up' });
    const response = await feed(gateway);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { detail: string }).detail).toContain('not migrated');
    const unknown = await fetch(`${gateway.url}/api/nosuchservice/x`, {
      headers: { authorization: `Bearer ${await clientToken()}` },
    });
    expect(unknown.status).toBe(404);
    await gateway.stop();
  });

  it('serves the feed after main.js migrate, ready with its database and Kafka', async () => {
    await migrateService('gateway', env);
    const gateway = await startService('gateway', 'GATEWAY_PORT', { ...env, GATEWAY_FEED: 'on' });
    running.push(gateway);
    const ready = (await (await fetch(`${gateway.url}/health/ready`)).json()) as { checks: object };
    expect(ready.checks).toEqual({ keycloak: 'up', database: 'up', kafka: 'up' });
    const response = await feed(gateway);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { events: unknown[]; next: unknown };
    expect(body.events).toEqual([]);
    expect(typeof body.next).toBe('string');
  });
});
