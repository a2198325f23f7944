import type { Admin } from 'kafkajs';
import {
  consumerGroupId,
  KAFKA_PRINCIPALS,
  membershipGrantedV1,
  organisationRegisteredV1,
  programmeCreatedV1,
} from '@samvirke/contracts';
import {
  DEMO_USERS,
  dropSchema,
  groupOwnsAll,
  insertCounts,
  logInserts,
  migrateService,
  pgClient,
  startService,
  testKafka,
  uniqueSuiteId,
  userToken,
  waitFor,
  type RunningService,
} from '@samvirke/testing';
import { GatewayTraffic, unclean } from './several-instances.traffic.js';

/**
 * Issue 20's instance fault test. Three instances each of measurement, grants and notifications
 * (and one of partners, which makes the events) behind one gateway (`<SERVICE>_URL` lists them),
 * real processes on the test run's Kafka, each service as its own principal, in this suite's own
 * schema and topic prefix. While organisations are registered and made members of a programme
 * (events every consuming service applies to its directory), one instance of each of the three is
 * SIGKILLed, and requests to all three go through the gateway meanwhile. Then:
 * - the killed instances' partitions move: each consumer group is stable with the two survivors
 *   owning every partition;
 * - 0 lost: every event partners published is in each service's inbox as handled;
 * - 0 applied twice: a trigger counts each directory write a handler makes (an upsert counts even
 *   when ON CONFLICT keeps one row), and each event's write was made exactly once;
 * - every request got an answer within the gateway's upstream timeout: success, or a clean 502/504
 *   problem; reads, which the gateway may send to another instance, all succeed.
 */
const CONSUMING = ['measurement', 'grants', 'notifications'] as const;
type Consuming = (typeof CONSUMING)[number];
const INSTANCES = 3;
const ORGANISATIONS = 36;
const UPSTREAM_TIMEOUT_MS = 5_000;
/** What a request may take at most: the gateway's timeout, and a margin for a busy machine. */
const ANSWER_WITHIN_MS = UPSTREAM_TIMEOUT_MS + 1_500;
const APPLIED_TYPES = [organisationRegisteredV1.type, programmeCreatedV1.type, membershipGrantedV1.type];

const suite = uniqueSuiteId('instances');
const env = {
  DATABASE_SCHEMA: suite,
  KAFKA_TOPIC_PREFIX: `${suite}.`,
  // Two partitions of each topic per instance, so that a killed instance has some to hand over.
  KAFKA_TOPIC_PARTITIONS: String(2 * INSTANCES),
  OUTBOX_POLL_INTERVAL_MS: '100',
  FEDERATION_SAML_IDPS: '',
};
const services: RunningService[] = [];
const instances = {} as Record<Consuming, RunningService[]>;
let gateway: RunningService;
let admin: Admin;

const groupOf = (service: Consuming): string => `${suite}.${consumerGroupId(service)}`;
const topicsOf = (service: Consuming): string[] =>
  (KAFKA_PRINCIPALS[service].groups as Record<string, readonly string[]>)[service].map(
    (topic) => `${suite}.${topic}`,
  );

/** Starts them all at once; those that did start are stopped in afterAll even when one fails. */
async function startAll(starts: Promise<RunningService>[]): Promise<RunningService[]> {
  const settled = await Promise.allSettled(starts);
  for (const each of settled) if (each.status === 'fulfilled') services.push(each.value);
  const failed = settled.find((each) => each.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((each) => (each as PromiseFulfilledResult<RunningService>).value);
}

async function query<T>(service: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = pgClient(`samvirke_${service}`);
  await client.connect();
  try {
    return (await client.query(sql.replaceAll('$schema', `"${suite}"`), values)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await Promise.all(['partners', ...CONSUMING].map((name) => migrateService(name, env)));
  await Promise.all(
    CONSUMING.flatMap((service) => [
      logInserts(`samvirke_${service}`, suite, 'known_organisation', 'last_event_id'),
      logInserts(`samvirke_${service}`, suite, 'programme_member', 'membership_id'),
    ]),
  );
  // In waves, one instance of each service at a time: ten processes starting at once on two busy
  // cores would each take long to become ready (the readiness wait allows for a busy machine).
  const start = (service: string): Promise<RunningService> =>
    startService(service, `${service.toUpperCase()}_PORT`, env, { readyTimeoutMs: 120_000 });
  const [partners, ...firsts] = await startAll([start('partners'), ...CONSUMING.map(start)]);
  CONSUMING.forEach((service, index) => (instances[service] = [firsts[index]]));
  for (let wave = 1; wave < INSTANCES; wave++) {
    const started = await startAll(CONSUMING.map(start));
    CONSUMING.forEach((service, index) => instances[service].push(started[index]));
  }
  const urls = Object.fromEntries(
    CONSUMING.map((service) => [
      `${service.toUpperCase()}_URL`,
      instances[service].map((instance) => instance.url).join(','),
    ]),
  );
  [gateway] = await startAll([
    startService('gateway', 'GATEWAY_PORT', {
      ...env,
      PARTNERS_URL: partners.url,
      ...urls,
      UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS),
    }),
  ]);
  admin = testKafka((process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',')).admin();
  await admin.connect();
  // Every instance owns partitions before the stream starts: the one killed has some to hand over.
  for (const service of CONSUMING)
    await waitFor(
      `${service}'s ${INSTANCES} instances to share its partitions`,
      () => groupOwnsAll(admin, groupOf(service), topicsOf(service), INSTANCES),
      { timeoutMs: 60_000, intervalMs: 250 },
    );
}, 400_000);

afterAll(async () => {
  await admin?.disconnect();
  await Promise.all(services.map((service) => service.stop()));
  await dropSchema(
    suite,
    ['partners', ...CONSUMING].map((service) => `samvirke_${service}`),
  );
}, 60_000);

/**
 * Registers the organisations and makes each a member of the programme, three at a time, and
 * SIGKILLs the first instance of each consuming service once a third of them are under way.
 */
async function stream(traffic: GatewayTraffic, programmeId: string, registered: string[]): Promise<number> {
  let next = 0;
  let killed: Promise<number> | undefined;
  const worker = async (): Promise<void> => {
    while (next < ORGANISATIONS) {
      const index = next++;
      if (index === Math.floor(ORGANISATIONS / 3)) killed = killOneOfEach();
      const organisation = await traffic.call('partners write', 'POST', '/partners/organisations', {
        name: `Instances ${suite} ${index}`,
        type: 'ngo',
      });
      if (organisation.status !== 201) continue;
      const { id } = organisation.body as { id: string };
      registered.push(id);
      await traffic.call('partners write', 'POST', `/partners/programmes/${programmeId}/members`, {
        organisationId: id,
        roles: ['implementing-partner'],
      });
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return killed!;
}

async function killOneOfEach(): Promise<number> {
  await Promise.all(CONSUMING.map((service) => instances[service][0].stop('SIGKILL')));
  return Date.now();
}

/** The events partners published that every consuming service applies: id, type and data. */
async function published(): Promise<{ id: string; event_type: string; payload: Record<string, unknown> }[]> {
  return query(
    'partners',
    `SELECT id::text, event_type, payload FROM $schema.outbox_message WHERE event_type = ANY($1)`,
    [APPLIED_TYPES],
  );
}

async function missingFromInbox(service: Consuming, ids: readonly string[]): Promise<number> {
  const [row] = await query<{ count: number }>(
    service,
    `SELECT count(*)::int AS count FROM $schema.inbox_message
      WHERE consumer = $1 AND outcome = 'handled' AND event_id = ANY($2::uuid[])`,
    [service, ids],
  );
  return ids.length - (row?.count ?? 0);
}

/** Keys written other than exactly once, per service and table, against the keys expected. */
async function notOnce(service: Consuming, table: string, expected: readonly string[]): Promise<string[]> {
  const counts = await insertCounts(`samvirke_${service}`, suite, table);
  const wrong = expected
    .filter((key) => counts.get(key) !== 1)
    .map((key) => `${service} ${table} ${key}: ${counts.get(key) ?? 0}`);
  const extra = [...counts.keys()].filter((key) => !expected.includes(key));
  return [...wrong, ...extra.map((key) => `${service} ${table} unexpected ${key}`)];
}

it('moves a killed instance’s partitions, applies every event once and answers every request in time', async () => {
  const traffic = new GatewayTraffic(gateway.url, await userToken(DEMO_USERS.admin.username), 30_000);
  const foundation = await traffic.call('partners write', 'POST', '/partners/organisations', {
    name: `Fond ${suite}`,
    type: 'foundation',
  });
  const foundationId = (foundation.body as { id: string }).id;
  const programme = await traffic.call('partners write', 'POST', '/partners/programmes', {
    name: 'Instansprogram',
    slug: `instances-${suite.slice(-8)}`,
    problemStatement: 'Et problem.',
    vision: 'En vision.',
    startDate: '2026-01-01',
    funderOrganisationId: foundationId,
  });
  expect([foundation.status, programme.status]).toEqual([201, 201]);

  const registered: string[] = [];
  let streaming = true;
  const killedAt = stream(traffic, (programme.body as { id: string }).id, registered).finally(() => {
    streaming = false;
  });
  let killTime = 0;
  void killedAt.then((at) => (killTime = at));
  // Requests keep going until the stream is done and the gateway has had a few health checks since the kill.
  const done = (): boolean => !streaming && killTime > 0 && Date.now() - killTime > 6_000;
  const lookup = (): string => registered[registered.length - 1] ?? foundationId;
  await Promise.all([killedAt, traffic.probe(1, done, lookup), traffic.probe(2, done, lookup)]);

  for (const service of CONSUMING)
    await waitFor(
      `${service}'s two surviving instances to own every partition`,
      () => groupOwnsAll(admin, groupOf(service), topicsOf(service), INSTANCES - 1),
      { timeoutMs: 90_000, intervalMs: 250 },
    );

  const events = await published();
  const ids = events.map((event) => event.id);
  // Every organisation partners acknowledged made an event (one whose answer timed out may have too).
  const registeredEvents = new Set(
    events
      .filter((event) => event.event_type === organisationRegisteredV1.type)
      .map((event) => String(event.payload['organisationId'])),
  );
  expect(registered.filter((id) => !registeredEvents.has(id))).toEqual([]);
  expect(registeredEvents.size).toBeGreaterThan(ORGANISATIONS / 2);
  for (const service of CONSUMING)
    await waitFor(
      `${service} to apply all ${ids.length} events`,
      async () => (await missingFromInbox(service, ids)) === 0,
      {
        timeoutMs: 60_000,
        intervalMs: 250,
      },
    );

  const organisationEvents = events
    .filter((event) => event.event_type === organisationRegisteredV1.type)
    .map((event) => event.id);
  const memberships = events
    .filter((event) => event.event_type === membershipGrantedV1.type)
    .map((event) => String(event.payload['membershipId']));
  const twice: string[] = [];
  for (const service of CONSUMING) {
    twice.push(...(await notOnce(service, 'known_organisation', organisationEvents)));
    twice.push(...(await notOnce(service, 'programme_member', memberships)));
    const [dead] = await query<{ count: number }>(
      service,
      `SELECT count(*)::int AS count FROM $schema.consumer_dead_letter`,
    );
    expect({ service, deadLetters: dead?.count }).toEqual({ service, deadLetters: 0 });
  }
  expect(twice).toEqual([]);

  expect(unclean(traffic.answers, ANSWER_WITHIN_MS)).toEqual([]);
  // A read that met the killed instance went to another one: none failed for want of an instance
  // (a 502). A 504 is a live instance too slow for the timeout on a busy machine: clean, allowed.
  const reads = traffic.answers.filter((answer) => answer.method === 'GET');
  expect(reads.filter((answer) => answer.status === 502)).toEqual([]);
}, 240_000);
