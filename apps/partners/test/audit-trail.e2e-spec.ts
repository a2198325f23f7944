import { randomUUID } from 'node:crypto';
import type { AuditPage } from '@samvirke/contracts';
import {
  auditVerify,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  decodeJwtPayload,
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
 * The audit trail through the gateway, all real: partners and the gateway as processes, writes by
 * demo users with real tokens, the entries read back by who may read them, exported, and the hash
 * chain checked by the service's own `audit-verify` command — which names the entry changed
 * behind the trail's back.
 */
const suite = uniqueSuiteId('audit_trail');
const env = {
  DATABASE_SCHEMA: suite,
  KAFKA_TOPIC_PREFIX: `${suite}.`,
  OUTBOX_POLL_INTERVAL_MS: '500',
  AUDIT_SEAL_INTERVAL_MS: '200',
};
let partners: RunningService;
let gateway: RunningService;
const programmes: { own: string; other: string } = { own: '', other: '' };
const contactName = `Karen Revision ${randomUUID().slice(0, 6)}`;

type User = keyof typeof DEMO_USERS;

async function call(
  user: User,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${gateway.url}/api/partners${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
      'content-type': 'application/json',
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    type,
    text,
    json: (type.includes('json') && text ? JSON.parse(text) : undefined) as never,
  };
}

async function programme(user: User, backbone: string | null): Promise<string> {
  const created = await call(user, 'POST', '/programmes', {
    name: `Revision ${randomUUID().slice(0, 6)}`,
    slug: `revision-${randomUUID().slice(0, 8)}`,
    problemStatement: 'Unge uden hjem har svært ved at fastholde uddannelse og arbejde.',
    vision: 'Ingen unge uden et hjem.',
    goals: [{ title: 'Flere unge i egen bolig' }],
    themes: ['hjemløshed'],
    startDate: '2026-01-01',
    endDate: '2029-12-31',
    backboneOrganisationId: backbone,
  });
  if (created.status !== 201) throw new Error(created.text);
  return (created.json as { id: string }).id;
}

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = pgClient('samvirke_partners');
  await client.connect();
  try {
    await client.query(`SET search_path = "${suite}"`);
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await migrateService('partners', env);
  partners = await startService('partners', 'PARTNERS_PORT', env);
  gateway = await startService('gateway', 'GATEWAY_PORT', { ...env, PARTNERS_URL: partners.url });
  for (const organisation of ['helsefonden', 'bikubenfonden', 'backbone', 'kobenhavn'] as const) {
    const { id, name, type } = DEMO_ORGANISATIONS[organisation];
    const registered = await call('admin', 'POST', '/organisations', {
      id,
      name,
      type,
      ...(organisation === 'kobenhavn' ? { kommunekode: '101' } : {}),
    });
    if (registered.status !== 201) throw new Error(registered.text);
  }
  programmes.own = await programme('helsefonden', DEMO_ORGANISATIONS.backbone.id);
  programmes.other = await programme('bikubenfonden', null);
}, 120_000);

afterAll(async () => {
  await Promise.all([gateway, partners].map((service) => service?.stop()));
  await dropSchema(suite, ['samvirke_partners']);
});

describe('the audit trail through the gateway', () => {
  it('records a write with who, for which organisations, in which operation and request, and the values', async () => {
    const correlationId = `audit-${suite}`;
    const added = await call(
      'admin',
      'POST',
      `/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}/contacts`,
      { name: contactName, email: 'karen.revision@kk.dk', role: 'Kontaktperson' },
      { 'x-correlation-id': correlationId },
    );
    expect(added.status).toBe(201);
    const contactId = (added.json as { id: string }).id;

    const page = await call('admin', 'GET', `/audit/entries?table=contact&row=${contactId}`);
    expect(page.status).toBe(200);
    const admin = decodeJwtPayload(await userToken(DEMO_USERS.admin.username));
    const items = (page.json as AuditPage).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      table: 'contact',
      action: 'INSERT',
      rowKey: contactId,
      operation: 'POST /organisations/:organisationId/contacts',
      correlationId,
      actor: {
        subject: admin['sub'],
        username: 'platform.admin',
        clientId: 'samvirke-gateway',
        organisations: [DEMO_ORGANISATIONS.samvirke.id],
      },
      changes: {
        name: { before: null, after: contactName },
        email: { before: null, after: 'karen.revision@kk.dk' },
      },
    });
  });

  it("gives a backbone coordinator their programme's entries and hides another programme's", async () => {
    const own = await call('coordinator', 'GET', `/audit/entries?programme=${programmes.own}`);
    expect(own.status).toBe(200);
    const tables = new Set((own.json as AuditPage).items.map((entry) => entry.table));
    expect(tables.has('programme')).toBe(true);
    expect((own.json as AuditPage).items.every((entry) => entry.programmeId === programmes.own)).toBe(true);

    const other = await call('coordinator', 'GET', `/audit/entries?programme=${programmes.other}`);
    expect(other.status).toBe(404);
    const unnamed = await call('coordinator', 'GET', '/audit/entries');
    expect(unnamed.status).toBe(422);
    expect((unnamed.json as { errors: { pointer: string }[] }).errors.map((error) => error.pointer)).toEqual([
      '/programme',
    ]);
  });

  it('refuses everyone else', async () => {
    for (const user of ['helsefonden', 'reporterKobenhavn', 'member'] as const) {
      expect((await call(user, 'GET', `/audit/entries?programme=${programmes.own}`)).status).toBe(403);
      expect((await call(user, 'GET', `/audit/export?programme=${programmes.own}`)).status).toBe(403);
    }
  });

  it('exports the entries as CSV and records that a platform admin read them', async () => {
    const csv = await call('admin', 'GET', `/audit/export?programme=${programmes.own}`);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    const [header, ...rows] = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header?.split(';').slice(0, 5)).toEqual(['seq', 'chain_no', 'at', 'table', 'action']);
    expect(rows.some((row) => row.includes(';programme;INSERT;'))).toBe(true);

    const reads = await call('admin', 'GET', '/audit/entries?table=audit_entry');
    expect(
      (reads.json as AuditPage).items.filter((entry) => entry.action === 'READ').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("records a platform admin reading another organisation's contacts, not the organisation's own user", async () => {
    const organisation = DEMO_ORGANISATIONS.kobenhavn.id;
    expect((await call('admin', 'GET', `/organisations/${organisation}/contacts`)).status).toBe(200);
    expect((await call('reporterKobenhavn', 'GET', `/organisations/${organisation}/contacts`)).status).toBe(
      200,
    );
    const reads = (await call('admin', 'GET', `/audit/entries?table=contact&row=${organisation}`))
      .json as AuditPage;
    const admin = decodeJwtPayload(await userToken(DEMO_USERS.admin.username));
    expect(reads.items.map((entry) => [entry.action, entry.actor.subject])).toEqual([['READ', admin['sub']]]);
  });

  it('keeps a hash chain the verify command checks, and names the first entry changed behind its back', async () => {
    await waitFor('every entry sealed', async () => {
      const [row] = await query<{ unsealed: string }>(
        `SELECT count(*)::text AS unsealed FROM audit_entry WHERE hash IS NULL`,
      );
      return row?.unsealed === '0';
    });
    const intact = await auditVerify('partners', env);
    expect(intact).toMatchObject({ code: 0, verdict: { service: 'partners', intact: true } });

    const [victim] = await query<{ seq: string; chain_no: string }>(
      `SELECT seq::text, chain_no::text FROM audit_entry WHERE table_name = 'contact' ORDER BY seq LIMIT 1`,
    );
    await query(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only;
      UPDATE audit_entry SET changes = jsonb_set(changes, '{name,1}', '"Someone Else"') WHERE seq = ${victim?.seq};
      ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only`);
    const broken = await auditVerify('partners', env);
    expect(broken).toMatchObject({
      code: 2,
      verdict: { intact: false, brokenAt: { seq: victim?.seq, chainNo: victim?.chain_no } },
    });
  });
});
