import { randomUUID } from 'node:crypto';
import {
  auditVerify,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  migrateService,
  pgClient,
  startService,
  uniqueSuiteId,
  userToken,
  waitFor,
  type RunningService,
} from '@samvirke/testing';

/**
 * Removing a named contact erases them, through the gateway with partners and notifications as
 * processes: the removal event carries ids only, and afterwards no table of either database holds
 * their name or e-mail readably — not the contact tables, not notifications' copy, not the events
 * already sent in partners' outbox, not the audit trail (pseudonymised, its chain still intact).
 */
const suite = uniqueSuiteId('contact_erasure');
const env = {
  DATABASE_SCHEMA: suite,
  KAFKA_TOPIC_PREFIX: `${suite}.`,
  OUTBOX_POLL_INTERVAL_MS: '200',
  AUDIT_SEAL_INTERVAL_MS: '200',
};
const services: RunningService[] = [];
let gateway: RunningService;
const person = {
  name: `Ebba Erasmussen ${randomUUID().slice(0, 6)}`,
  email: `ebba.${randomUUID().slice(0, 6)}@kk.example`,
};

async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${gateway.url}/api/partners${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await userToken(DEMO_USERS.admin.username)}`,
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
}

/** Every row of every table of the suite's schema in one database, as text. */
async function everyRow(database: string): Promise<{ table: string; text: string }[]> {
  const client = pgClient(database);
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
      [suite],
    );
    const rows: { table: string; text: string }[] = [];
    for (const { table_name: table } of tables.rows) {
      const result = await client.query<{ text: string }>(
        `SELECT t::text AS text FROM "${suite}"."${table}" t`,
      );
      rows.push(...result.rows.map(({ text }) => ({ table, text })));
    }
    return rows;
  } finally {
    await client.end();
  }
}

const naming = (rows: { table: string; text: string }[]) =>
  rows
    .filter(({ text }) => text.includes(person.name) || text.includes(person.email))
    .map(({ table }) => table);

beforeAll(async () => {
  await Promise.all(['partners', 'notifications'].map((name) => migrateService(name, env)));
  services.push(
    ...(await Promise.all([
      startService('partners', 'PARTNERS_PORT', env),
      startService('notifications', 'NOTIFICATIONS_PORT', env),
    ])),
  );
  const [partners, notifications] = services;
  gateway = await startService('gateway', 'GATEWAY_PORT', {
    ...env,
    PARTNERS_URL: partners?.url,
    NOTIFICATIONS_URL: notifications?.url,
  });
  services.push(gateway);
  const { id, name, type } = DEMO_ORGANISATIONS.kobenhavn;
  const registered = await call('POST', '/organisations', { id, name, type, kommunekode: '101' });
  if (registered.status !== 201) throw new Error(JSON.stringify(registered.json));
}, 120_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  await dropSchema(suite, ['samvirke_partners', 'samvirke_notifications']);
});

it('erases a removed contact from every table of partners and notifications, audit trail included', async () => {
  const organisation = DEMO_ORGANISATIONS.kobenhavn.id;
  const added = await call('POST', `/organisations/${organisation}/contacts`, {
    ...person,
    role: 'Dataansvarlig',
  });
  expect(added.status).toBe(201);
  const contactId = (added.json as { id: string }).id;
  await waitFor('notifications to keep the contact', async () =>
    naming(await everyRow('samvirke_notifications')).includes('contact'),
  );
  expect(naming(await everyRow('samvirke_partners'))).toEqual(
    expect.arrayContaining(['contact', 'audit_entry']),
  );

  expect((await call('DELETE', `/organisations/${organisation}/contacts/${contactId}`)).status).toBe(204);
  await waitFor('notifications to erase its copy', async () =>
    naming(await everyRow('samvirke_notifications')).length === 0 ? true : undefined,
  );
  expect(naming(await everyRow('samvirke_partners'))).toEqual([]);

  const removal = (await everyRow('samvirke_partners')).filter(
    ({ table, text }) => table === 'outbox_message' && text.includes('contact.removed.v1'),
  );
  expect(removal).toHaveLength(1);
  expect(removal[0]?.text).toContain(contactId);

  const contacts = (await call('GET', `/audit/entries?table=contact&row=${contactId}`)).json as {
    items: { action: string; redacted: boolean }[];
  };
  expect(contacts.items.map(({ action, redacted }) => [action, redacted])).toEqual([
    ['INSERT', true],
    ['DELETE', true],
  ]);
  for (const service of ['partners', 'notifications']) {
    await waitFor(`${service}'s chain sealed`, async () => {
      const { verdict } = await auditVerify(service, env);
      return verdict['intact'] === true && Number(verdict['entries']) > 0 ? verdict : undefined;
    });
  }
}, 120_000);
