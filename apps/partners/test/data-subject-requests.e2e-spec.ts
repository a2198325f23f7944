import { randomUUID } from 'node:crypto';
import { TOPICS, type DataSubjectExport, type DataSubjectRequestDto } from '@samvirke/contracts';
import {
  auditVerify,
  createTemporaryUser,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  keycloakAdminToken,
  migrateService,
  pgClient,
  readTopic,
  startService,
  uniqueSuiteId,
  userToken,
  waitFor,
  type RunningService,
  type TemporaryIdentity,
} from '@samvirke/testing';

/**
 * Data subject requests through the gateway, every service that holds personal data running as a
 * process: a person with a Keycloak account, a named contact in partners, a profile and a copy of
 * the contact in notifications and a known user in grants. Access exports all of it; erasure leaves
 * no readable name, e-mail or username in any table of any database or in the request's events,
 * deletes the Keycloak account and keeps every audit chain intact; the receipt lists each service.
 */
const suite = uniqueSuiteId('dsr');
const env = {
  DATABASE_SCHEMA: suite,
  KAFKA_TOPIC_PREFIX: `${suite}.`,
  OUTBOX_POLL_INTERVAL_MS: '200',
  AUDIT_SEAL_INTERVAL_MS: '200',
  FEDERATION_SAML_IDPS: '',
};
const SERVICES = ['partners', 'notifications', 'grants', 'measurement'] as const;
const running: RunningService[] = [];
let gateway: RunningService;
let person: TemporaryIdentity | undefined;
const unique = randomUUID().slice(0, 6);
const who = {
  name: `Dorte Dataløs ${unique}`,
  email: `dorte.${unique}@kk.example`,
  username: `dorte.${unique}`,
};

async function call(method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(`${gateway.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token ?? (await userToken(DEMO_USERS.admin.username))}`,
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : undefined) as unknown };
}

/** Every row of every table of the suite's schema in each service's database, as text. */
async function rowsNaming(): Promise<string[]> {
  const found: string[] = [];
  for (const service of SERVICES) {
    const client = pgClient(`samvirke_${service}`);
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
        [suite],
      );
      for (const { table_name: table } of tables.rows) {
        const rows = await client.query<{ text: string }>(
          `SELECT t::text AS text FROM "${suite}"."${table}" t`,
        );
        for (const { text } of rows.rows)
          if (
            [who.name, who.email, who.username].some((value) =>
              text.toLowerCase().includes(value.toLowerCase()),
            )
          )
            found.push(`${service}.${table}`);
      }
    } finally {
      await client.end();
    }
  }
  return [...new Set(found)];
}

/** The Keycloak account as its admin API answers for it. */
async function account(id: string): Promise<Response> {
  return fetch(
    `${process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080'}/admin/realms/samvirke/users/${id}`,
    {
      headers: { authorization: `Bearer ${await keycloakAdminToken()}` },
    },
  );
}

async function completed(kind: 'access' | 'erasure'): Promise<DataSubjectRequestDto> {
  const opened = await call('POST', '/partners/data-subject-requests', {
    kind,
    email: who.email,
    reference: `J.nr. ${kind}`,
  });
  if (opened.status !== 201)
    throw new Error(`${opened.status} ${JSON.stringify(opened.json)}\n${running[0]?.output().slice(-4000)}`);
  const { id } = opened.json as DataSubjectRequestDto;
  return waitFor(`the ${kind} request to be answered by every service`, async () => {
    const request = (await call('GET', `/partners/data-subject-requests/${id}`))
      .json as DataSubjectRequestDto;
    return request.status === 'completed' ? request : undefined;
  });
}

beforeAll(async () => {
  await Promise.all(SERVICES.map((name) => migrateService(name, env)));
  // One after the other: on a busy machine four services starting at once miss their readiness time.
  for (const name of SERVICES) running.push(await startService(name, `${name.toUpperCase()}_PORT`, env));
  const urls = Object.fromEntries(
    running.map((service) => [`${service.name.toUpperCase()}_URL`, service.url]),
  );
  gateway = await startService('gateway', 'GATEWAY_PORT', { ...env, ...urls });
  running.push(gateway);
  const { id, name, type } = DEMO_ORGANISATIONS.kobenhavn;
  expect((await call('POST', '/partners/organisations', { id, name, type, kommunekode: '101' })).status).toBe(
    201,
  );
  person = await createTemporaryUser({
    username: who.username,
    email: who.email,
    emailVerified: true,
    roles: ['partner-member'],
    organisations: [id],
  });
}, 420_000);

afterAll(async () => {
  await Promise.all(running.map((service) => service.stop()));
  await dropSchema(
    suite,
    SERVICES.map((name) => `samvirke_${name}`),
  );
  if (person && (await account(person.id)).ok) await person.remove();
});

it('refuses everyone but platform admins and names every bad field', async () => {
  const member = await userToken(DEMO_USERS.member.username);
  expect((await call('GET', '/partners/data-subject-requests', undefined, member)).status).toBe(403);
  const bad = await call('POST', '/partners/data-subject-requests', { kind: 'forget', email: 'no' });
  expect(bad.status).toBe(400);
  const pointers = (bad.json as { errors: { pointer: string }[] }).errors.map((error) => error.pointer);
  expect(pointers).toEqual(expect.arrayContaining(['/kind', '/email', '/reference']));
  expect(((await call('GET', '/partners/data-subject-requests')).json as unknown[]).length).toBe(0);
});

it('exports everything held about a person, then erases it everywhere with a receipt', async () => {
  const organisation = DEMO_ORGANISATIONS.kobenhavn.id;
  const contact = { name: who.name, email: who.email, role: 'Projektleder' };
  expect((await call('POST', `/partners/organisations/${organisation}/contacts`, contact)).status).toBe(201);
  const user = person as TemporaryIdentity;
  const token = await user.token();
  expect((await call('GET', '/notifications/inbox', undefined, token)).status).toBe(200);
  await call('GET', `/grants/awards/${randomUUID()}`, undefined, token);
  await waitFor(
    'notifications to copy the contact',
    async () => (await rowsNaming()).includes('notifications.contact') || undefined,
  );

  const access = await completed('access');
  expect(access.services.map((part) => part.service)).toEqual([
    'partners',
    'keycloak',
    'measurement',
    'grants',
    'notifications',
  ]);
  const exported = (await call('GET', `/partners/data-subject-requests/${access.id}/export`))
    .json as DataSubjectExport;
  const text = (service: string, table: string) => JSON.stringify(exported.services[service]?.[table] ?? []);
  expect(text('partners', 'contact')).toContain(who.email);
  expect(text('keycloak', 'user')).toContain(who.username);
  expect(text('notifications', 'user_profile')).toContain(user.id);
  expect(text('notifications', 'contact')).toContain(who.name);
  expect(text('grants', 'known_user')).toContain(who.username);
  expect((await call('DELETE', `/partners/data-subject-requests/${access.id}/export`)).status).toBe(204);
  expect((await call('GET', `/partners/data-subject-requests/${access.id}/export`)).status).toBe(409);

  const erasure = await completed('erasure');
  expect(erasure.keycloak).toBe('deleted');
  const counts = Object.fromEntries(erasure.services.map((part) => [part.service, part.counts]));
  expect(counts['partners']).toMatchObject({ contact: 1 });
  expect(counts['keycloak']).toEqual({ user: 1 });
  // Its contact copy may already be gone with contact.removed, which partners sends first.
  expect(counts['notifications']).toMatchObject({ user_profile: 1 });
  expect(counts['grants']).toMatchObject({ known_user: 1 });
  await waitFor('no copy of the person in any table', async () =>
    (await rowsNaming()).length === 0 ? true : undefined,
  ).catch(() => undefined);
  expect(await rowsNaming()).toEqual([]);
  expect((await account(user.id)).status).toBe(404);
  const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
  for (const topic of [TOPICS.partners, TOPICS.notifications, TOPICS.grants]) {
    const messages = await readTopic(
      brokers,
      `${suite}.${topic}`,
      (read) =>
        read.filter((message) => message.headers['ce_type']?.includes('data-subject')).length >=
        (topic === TOPICS.partners ? 3 : 2),
    );
    const requestEvents = messages.filter((message) => message.headers['ce_type']?.includes('data-subject'));
    for (const message of requestEvents)
      expect(message.value?.toString('utf8')).not.toMatch(
        new RegExp(`${who.email}|${who.username}|${who.name}`, 'i'),
      );
  }
  for (const service of SERVICES)
    await waitFor(`${service}'s chain sealed and intact`, async () => {
      const { verdict } = await auditVerify(service, env);
      return verdict['intact'] === true ? verdict : undefined;
    });
}, 400_000);
