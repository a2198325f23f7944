import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HTTP_APIS } from '@samvirke/contracts';
import {
  clientToken,
  DEMO_USERS,
  dropSchema,
  migrateService,
  pgClient,
  startService,
  uniqueSuiteId,
  userToken,
  type RunningService,
} from '@samvirke/testing';
import { corpusCases, queryCases, type CorpusCase } from './bad-input-corpus.cases.js';

/**
 * Every write operation of the OpenAPI document meets the bad-input corpus (bad-input-corpus.cases.ts)
 * through the gateway in front of every service: each answer is a 4xx with problem details naming
 * the field where it is known, and no row of any service's database changes. One stack, no data
 * seeded: every check refuses before any row would be looked up.
 */
const suite = uniqueSuiteId('bad_input');
const names = [...new Set(HTTP_APIS.map((api) => api.name))].filter((name) =>
  existsSync(join('apps', name, 'dist', 'main.js')),
);
const databases = names.map((name) => `samvirke_${name}`);
let services: RunningService[] = [];
let gateway: RunningService | undefined;

/** Callers in the order tried, so that a role check (403) does not hide the validation behind it. */
const CALLERS: (() => Promise<string>)[] = [
  ...(['admin', 'helsefonden', 'coordinator', 'reporterKobenhavn', 'member'] as const).map(
    (user) => () => userToken(DEMO_USERS[user].username),
  ),
  () => clientToken(),
];

beforeAll(async () => {
  const env = {
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: `${suite}.`,
    OUTBOX_POLL_INTERVAL_MS: '200',
    // The feed's Kafka ACLs are not what this suite is about.
    FEED_KAFKA_CLIENTS: '',
  };
  await Promise.all(names.map((name) => migrateService(name, env)));
  services = await Promise.all(names.map((name) => startService(name, `${name.toUpperCase()}_PORT`, env)));
  gateway = await startService('gateway', 'GATEWAY_PORT', {
    ...env,
    ...Object.fromEntries(services.map((service) => [`${service.name.toUpperCase()}_URL`, service.url])),
  });
}, 180_000);

afterAll(async () => {
  await Promise.all(
    [gateway, ...services]
      .filter((service): service is RunningService => service !== undefined)
      .map((service) => service.stop()),
  );
  await dropSchema(suite, databases);
}, 60_000);

/**
 * Rows per table in every service's schema. known_user (grants) and user_profile (notifications)
 * record who called, not what was sent, and are left out, and so are their audit entries.
 */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const database of databases) {
    const client = pgClient(database);
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'
           AND table_name NOT IN ('known_user', 'user_profile', 'migrations')`,
        [suite],
      );
      for (const { table_name: table } of tables.rows) {
        const callers =
          table === 'audit_entry' ? ` WHERE table_name NOT IN ('known_user', 'user_profile')` : '';
        const result = await client.query<{ count: string }>(
          `SELECT count(*)::text AS count FROM "${suite}"."${table}"${callers}`,
        );
        counts[`${database}.${table}`] = Number(result.rows[0]?.count);
      }
    } finally {
      await client.end();
    }
  }
  return counts;
}

interface Answer {
  readonly status: number;
  readonly type: string;
  readonly body: { status?: unknown; errors?: { pointer: string }[] } | undefined;
}

async function send(item: CorpusCase, token: string): Promise<Answer> {
  const response = await fetch(`${gateway?.url}${item.path}`, {
    method: item.method,
    headers: { authorization: `Bearer ${token}`, 'content-type': item.contentType },
    body: item.body,
  });
  const text = await response.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', body };
}

/** What is wrong with the answer to one case, or nothing. */
async function problemWith(item: CorpusCase): Promise<string | undefined> {
  let answer = await send(item, await CALLERS[0]());
  for (const caller of item.needsRole ? CALLERS.slice(1) : []) {
    if (answer.status !== 403) break;
    answer = await send(item, await caller());
  }
  const pointers = (answer.body?.errors ?? []).map((error) => error.pointer);
  const label = `${item.operation} ${item.name}: ${answer.status} ${JSON.stringify(answer.body)}`;
  if (!item.statuses.includes(answer.status)) return `${label} (expected ${item.statuses.join(' or ')})`;
  if (!answer.type.startsWith('application/problem+json')) return `${label} (content type ${answer.type})`;
  if (answer.body?.status !== answer.status) return `${label} (no status in the problem)`;
  if (item.pointer && !pointers.includes(item.pointer)) return `${label} (no pointer ${item.pointer})`;
  return undefined;
}

describe('the bad-input corpus', () => {
  const { cases, operations } = corpusCases();

  it('covers every write operation with a body, with every kind of bad input', () => {
    expect(operations.length).toBeGreaterThan(25);
    const kinds = new Set(cases.map((item) => item.name.replace(/ in .*$/, '')));
    expect([...kinds]).toEqual(
      expect.arrayContaining([
        'NUL',
        '1e+300',
        '-7',
        '__proto__ key',
        'constructor key',
        'charset=iso-8859-1',
        'invalid UTF-8',
      ]),
    );
    for (const operation of operations) {
      expect(cases.filter((item) => item.operation === operation).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('refuses each with 4xx problem details naming the field, and writes nothing', async () => {
    const before = await rowCounts();
    expect(Object.keys(before).length).toBeGreaterThan(10);
    const failures: string[] = [];
    // A few at a time: quick on two cores, and no burst the gateway's rate limit would count.
    for (let start = 0; start < cases.length; start += 8) {
      const found = await Promise.all(cases.slice(start, start + 8).map(problemWith));
      failures.push(...found.filter((failure): failure is string => failure !== undefined));
    }
    expect(failures).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  }, 240_000);

  it('refuses a NUL character in a query parameter with 400 naming it', async () => {
    const token = await userToken(DEMO_USERS.admin.username);
    const failures: string[] = [];
    for (const item of queryCases()) {
      const response = await fetch(`${gateway?.url}${item.path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as { errors?: { pointer: string }[] };
      if (response.status !== 400 || !(body.errors ?? []).some((error) => error.pointer === item.pointer))
        failures.push(`${item.name}: ${response.status} ${JSON.stringify(body)}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
