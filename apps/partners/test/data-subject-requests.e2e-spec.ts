import { randomUUID } from 'node:crypto';
import {
  contactChangedV2,
  PERSON_KEYS_TOPIC,
  TOPICS,
  type ContactChangedV2,
  type DataSubjectExport,
  type DataSubjectRequestDto,
  type PersonalEnvelope,
} from '@samvirke/contracts';
import { openPersonal } from '@samvirke/persistence';
import {
  auditVerify,
  createTemporaryUser,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  keycloakAdminToken,
  migrateService,
  pgClient,
  readEveryTopic,
  readTopic,
  startService,
  uniqueSuiteId,
  userToken,
  waitFor,
  type ReadMessage,
  type RunningService,
  type TemporaryIdentity,
} from '@samvirke/testing';

/**
 * Data subject requests through the gateway, every service that holds personal data running as a
 * process: a person with a Keycloak account, a named contact in partners, a profile and a copy of
 * the contact in notifications and a known user in grants. Access exports all of it; erasure leaves
 * no readable name, e-mail or username in any table of any database or in the request's events,
 * deletes the Keycloak account and keeps every audit chain intact; the receipt lists each service.
 * In Kafka, no topic of the suite holds the name or e-mail in plain text, and the contact's
 * encrypted copies can no longer be opened: their key is gone from every table and the key topic's
 * last word on it is a tombstone (crypto-shredding).
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

/** The data keys partners and notifications hold, by key id. */
async function keysHeld(): Promise<Map<string, Buffer[]>> {
  const held = new Map<string, Buffer[]>();
  for (const service of ['partners', 'notifications']) {
    const client = pgClient(`samvirke_${service}`);
    await client.connect();
    try {
      const rows = await client.query<{ key_id: string; key: Buffer }>(
        `SELECT key_id, key FROM "${suite}".person_key`,
      );
      for (const { key_id: keyId, key } of rows.rows) held.set(keyId, [...(held.get(keyId) ?? []), key]);
    } finally {
      await client.end();
    }
  }
  return held;
}

/** What a consumer of the compacted key topic ends up with: the last record per key, tombstones dropping it. */
function liveKeys(messages: readonly ReadMessage[]): Map<string, Buffer> {
  const live = new Map<string, Buffer>();
  for (const message of messages.filter((read) => read.topic === `${suite}.${PERSON_KEYS_TOPIC}`)) {
    if (message.key === null) continue;
    if (message.value === null) live.delete(message.key);
    else
      live.set(
        message.key,
        Buffer.from((JSON.parse(message.value.toString('utf8')) as { key: string }).key, 'base64'),
      );
  }
  return live;
}

/** The contact's contact.changed.v2 envelopes, wherever they are in the suite's topics. */
function envelopesOf(messages: readonly ReadMessage[], contactId: string): PersonalEnvelope[] {
  return messages
    .filter((message) => message.headers['ce_type'] === contactChangedV2.type)
    .map((message) => JSON.parse(message.value?.toString('utf8') ?? 'null') as ContactChangedV2)
    .filter((data) => data.contactId === contactId)
    .map((data) => data.personal);
}

const opens = (envelope: PersonalEnvelope, key: Buffer): boolean => {
  try {
    openPersonal(envelope, key);
    return true;
  } catch {
    return false;
  }
};

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
  const added = await call('POST', `/partners/organisations/${organisation}/contacts`, contact);
  expect(added.status).toBe(201);
  const contactId = (added.json as { id: string }).id;
  // A colleague stays: their key must live on (erasure is of one person only).
  const colleague = { name: `Kim Kollega ${unique}`, email: `kim.${unique}@kk.example`, role: 'Analytiker' };
  const kept = await call('POST', `/partners/organisations/${organisation}/contacts`, colleague);
  expect(kept.status).toBe(201);
  const colleagueId = (kept.json as { id: string }).id;
  const user = person as TemporaryIdentity;
  const token = await user.token();
  expect((await call('GET', '/notifications/inbox', undefined, token)).status).toBe(200);
  await call('GET', `/grants/awards/${randomUUID()}`, undefined, token);
  await waitFor(
    'notifications to copy the contact',
    async () => (await rowsNaming()).includes('notifications.contact') || undefined,
  ).catch(async (error: unknown) => {
    const notifications = running.find((service) => service.name === 'notifications');
    const held = [...(await keysHeld())].map(([id, keys]) => `${id}×${keys.length}`);
    const client = pgClient('samvirke_notifications');
    await client.connect();
    const state = await client
      .query<{ text: string }>(
        `SELECT (SELECT json_agg(d)::text FROM "${suite}".consumer_dead_letter d) || ' | ' ||
                (SELECT count(*)::text FROM "${suite}".sealed_contact) || ' sealed | ' ||
                (SELECT count(*)::text FROM "${suite}".contact) || ' contacts' AS text`,
      )
      .finally(() => client.end());
    held.push(state.rows[0]?.text ?? '');
    throw new Error(`${String(error)}; keys held ${held.join(',')}\n${notifications?.output().slice(-6000)}`);
  });

  // Before erasure: the contact travelled sealed, and its key (held by partners and notifications)
  // opens it — so that "cannot be opened" below means the key is gone, not that it never worked.
  const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
  const before = await readEveryTopic(brokers, `${suite}.`);
  const [envelope] = envelopesOf(before, contactId);
  if (!envelope) throw new Error('no contact.changed.v2 for the contact in the partners topic');
  const keyId = envelope.keyId;
  const heldBefore = (await keysHeld()).get(keyId) ?? [];
  expect(heldBefore).toHaveLength(2);
  expect(heldBefore.every((key) => opens(envelope, key))).toBe(true);
  expect(opens(envelope, liveKeys(before).get(keyId) ?? Buffer.alloc(32))).toBe(true);

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

  // Every topic of the suite, read from the beginning with a raw consumer: no plain name or
  // e-mail anywhere; the contact's envelopes are there, and nothing anyone still holds opens them.
  await waitFor('the key gone from notifications too (its tombstone read)', async () =>
    (await keysHeld()).has(keyId) ? undefined : true,
  );
  const after = await readEveryTopic(brokers, `${suite}.`);
  const plain = new RegExp(`${who.email}|${who.name}`, 'i');
  const naming = after.filter((message) =>
    [message.key ?? '', message.value?.toString('utf8') ?? '', JSON.stringify(message.headers)].some((text) =>
      plain.test(text),
    ),
  );
  expect(naming.map((message) => `${message.topic}@${message.offset}`)).toEqual([]);
  const envelopes = envelopesOf(after, contactId);
  expect(envelopes.length).toBeGreaterThan(0);
  const keyRecords = after.filter(
    (message) => message.topic === `${suite}.${PERSON_KEYS_TOPIC}` && message.key === keyId,
  );
  expect(keyRecords.at(-1)?.value).toBeNull();
  const held = await keysHeld();
  expect(held.has(keyId)).toBe(false);
  const colleagueKey = envelopesOf(after, colleagueId)[0]?.keyId ?? '';
  expect(held.get(colleagueKey)).toHaveLength(2);
  expect(liveKeys(after).has(colleagueKey)).toBe(true);
  const candidates = [...liveKeys(after).values(), ...[...held.values()].flat()];
  for (const sealed of envelopes) expect(candidates.filter((key) => opens(sealed, key))).toHaveLength(0);

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
