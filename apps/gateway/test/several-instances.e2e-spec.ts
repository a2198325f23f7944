import {
  DEMO_USERS,
  dropSchema,
  migrateService,
  startService,
  uniqueSuiteId,
  userToken,
  waitFor,
  type RunningService,
} from '@samvirke/testing';

/**
 * Two instances each of partners and notifications behind one gateway (`<SERVICE>_URL` lists both),
 * all real processes on the test run's Kafka, each service as its own principal. One instance of
 * each is SIGKILLed while organisations are being registered: every request still gets an answer in
 * time (the gateway sends it to the other instance), and every organisation registered reaches the
 * surviving notifications instance, which takes over the partitions of the killed one.
 */
const suite = uniqueSuiteId('instances');
const env = { DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.`, OUTBOX_POLL_INTERVAL_MS: '300' };
const services: RunningService[] = [];
let gateway: RunningService;
let partners: RunningService[];
let notifications: RunningService[];

beforeAll(async () => {
  await Promise.all(['partners', 'notifications'].map((name) => migrateService(name, env)));
  partners = await Promise.all([1, 2].map(() => startService('partners', 'PARTNERS_PORT', env)));
  notifications = await Promise.all(
    [1, 2].map(() => startService('notifications', 'NOTIFICATIONS_PORT', env)),
  );
  services.push(...partners, ...notifications);
  gateway = await startService('gateway', 'GATEWAY_PORT', {
    ...env,
    PARTNERS_URL: partners.map((instance) => instance.url).join(','),
    NOTIFICATIONS_URL: notifications.map((instance) => instance.url).join(','),
    UPSTREAM_TIMEOUT_MS: '5000',
  });
  services.push(gateway);
}, 180_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  await dropSchema(suite, ['samvirke_partners', 'samvirke_notifications']);
}, 60_000);

it('answers every request while an instance of each service is killed, and loses no event', async () => {
  const token = await userToken(DEMO_USERS.admin.username);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const created: string[] = [];
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) {
    if (i === 10) await Promise.all([partners[0].stop('SIGKILL'), notifications[0].stop('SIGKILL')]);
    const started = Date.now();
    const response = await fetch(`${gateway.url}/api/partners/organisations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: `Instances ${suite} ${i}`, type: 'ngo' }),
    });
    expect(Date.now() - started).toBeLessThan(6_000);
    statuses.push(response.status);
    if (response.status === 201) created.push(((await response.json()) as { id: string }).id);
    const list = await fetch(`${gateway.url}/api/partners/organisations?limit=1`, { headers });
    statuses.push(list.status);
  }
  // The killed instance refused its connections: the gateway sent every request to the other one.
  expect(statuses.filter((status) => status !== 200 && status !== 201)).toEqual([]);
  expect(created).toHaveLength(30);

  for (const id of created)
    await waitFor(
      `notifications to know organisation ${id}`,
      async () => {
        const lookup = await fetch(`${gateway.url}/api/notifications/directory/organisations/${id}`, {
          headers,
        });
        return lookup.status === 200;
      },
      { timeoutMs: 60_000 },
    );
}, 180_000);
