import {
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
  youngPeopleInEducation,
  type RunningService,
} from '@samvirke/testing';

/**
 * The walking skeleton, all real: a Keycloak token for a demo user, the gateway verifying it
 * locally, partners writing a row and its event through the outbox to Kafka, notifications
 * consuming it. Each service runs as its own process, built from dist/, in this suite's own
 * database schema and Kafka topic prefix.
 */
const suite = uniqueSuiteId('skeleton');
const env = { DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.`, OUTBOX_POLL_INTERVAL_MS: '500' };
const services: RunningService[] = [];
let gateway: RunningService;

beforeAll(async () => {
  await Promise.all(['partners', 'notifications', 'measurement'].map((name) => migrateService(name, env)));
  const [partners, notifications, measurement] = await Promise.all([
    startService('partners', 'PARTNERS_PORT', env),
    startService('notifications', 'NOTIFICATIONS_PORT', { ...env, LOG_LEVEL: 'debug' }),
    startService('measurement', 'MEASUREMENT_PORT', env),
  ]);
  services.push(partners, notifications, measurement);
  gateway = await startService('gateway', 'GATEWAY_PORT', {
    ...env,
    PARTNERS_URL: partners.url,
    NOTIFICATIONS_URL: notifications.url,
    MEASUREMENT_URL: measurement.url,
  });
  services.push(gateway);
}, 120_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  await dropSchema(suite, ['samvirke_partners', 'samvirke_notifications', 'samvirke_measurement']);
});

async function countOrganisations(): Promise<number> {
  const client = pgClient('samvirke_partners');
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*)::text AS count FROM "${suite}".organisation`,
    );
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}

function register(token: string | undefined, body: unknown): Promise<Response> {
  return fetch(`${gateway.url}/api/partners/organisations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

describe('walking skeleton through the gateway', () => {
  it('carries a demo user token from Keycloak with roles and organisation', async () => {
    const claims = decodeJwtPayload(await userToken(DEMO_USERS.reporterKobenhavn.username));
    expect(claims['iss']).toBe(`${process.env['KEYCLOAK_URL']}/realms/samvirke`);
    expect(claims['organisations']).toEqual([DEMO_USERS.reporterKobenhavn.organisation.id]);
    expect((claims['realm_access'] as { roles: string[] }).roles).toContain('reporter');
  });

  it('registers an organisation and notifications learns of it over Kafka', async () => {
    const token = await userToken(DEMO_USERS.admin.username);
    const correlationId = `skeleton-${suite}`;
    const response = await fetch(`${gateway.url}/api/partners/organisations`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-correlation-id': correlationId,
      },
      body: JSON.stringify({ name: 'Odense Kommune', type: 'municipality', kommunekode: '461' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-correlation-id')).toBe(correlationId);
    const created = (await response.json()) as { id: string; regionCode: string };
    expect(created.regionCode).toBe('1083');

    const seen = await waitFor('notifications to project the organisation', async () => {
      const lookup = await fetch(`${gateway.url}/api/notifications/directory/organisations/${created.id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return lookup.status === 200
        ? ((await lookup.json()) as { name: string; lastEventId: string })
        : undefined;
    });
    expect(seen.name).toBe('Odense Kommune');

    const client = pgClient('samvirke_partners');
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; correlation: string }>(
        `SELECT id, headers->>'ce_correlationid' AS correlation FROM "${suite}".outbox_message WHERE message_key = $1`,
        [created.id],
      );
      expect(rows).toEqual([{ id: seen.lastEventId, correlation: correlationId }]);
    } finally {
      await client.end();
    }
    const handled = services[1]
      .output()
      .split('\n')
      .filter((line) => line.includes('"event handled"'))
      .map((line) => JSON.parse(line) as { correlationId?: string; eventId?: string });
    expect(handled).toContainEqual(expect.objectContaining({ correlationId, eventId: seen.lastEventId }));
  });

  it('refuses a request without a token with 401 problem details', async () => {
    const before = await countOrganisations();
    const response = await register(undefined, {
      name: 'Vejle Kommune',
      type: 'municipality',
      kommunekode: '630',
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(await countOrganisations()).toBe(before);
  });

  it('refuses a forged token (signature altered) with 401', async () => {
    const token = await userToken(DEMO_USERS.admin.username);
    const [header, payload] = token.split('.');
    const response = await register(`${header}.${payload}.${Buffer.from('forged').toString('base64url')}`, {
      name: 'Vejle Kommune',
      type: 'municipality',
      kommunekode: '630',
    });
    expect(response.status).toBe(401);
  });

  it('refuses a reporter registering organisations with 403 and writes nothing', async () => {
    const before = await countOrganisations();
    const token = await userToken(DEMO_USERS.reporterKobenhavn.username);
    const response = await register(token, {
      name: 'Vejle Kommune',
      type: 'municipality',
      kommunekode: '630',
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { status: number }).status).toBe(403);
    expect(await countOrganisations()).toBe(before);
  });

  it('answers bad input with problem details naming every bad field, writing nothing', async () => {
    const before = await countOrganisations();
    const token = await userToken(DEMO_USERS.admin.username);
    const response = await register(token, {
      name: '',
      type: 'municipality',
      kommunekode: '999',
      cvr: '12345678',
      colour: 'red',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { pointer: string }[] };
    expect(body.errors.map((error) => error.pointer).sort()).toEqual([
      '/colour',
      '/cvr',
      '/kommunekode',
      '/name',
    ]);
    expect(await countOrganisations()).toBe(before);
  });

  it('reports every service ready with its database and Kafka', async () => {
    for (const service of services) {
      const response = await fetch(`${service.url}/health/ready`);
      expect(response.status).toBe(200);
    }
    const partners = (await (await fetch(`${services[0]?.url}/health/ready`)).json()) as {
      checks: Record<string, string>;
    };
    expect(partners.checks).toEqual({ database: 'up', kafka: 'up' });
  });
});

describe('a programme set up through the gateway by its real users', () => {
  let programmeId: string;

  async function call(
    user: keyof typeof DEMO_USERS,
    method: string,
    path: string,
    body?: unknown,
    service = 'partners',
  ) {
    const response = await fetch(`${gateway.url}/api/${service}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as Record<string, unknown>,
    };
  }

  it('lets a foundation create it, its backbone add a municipality, and the municipality record an activity', async () => {
    for (const key of ['helsefonden', 'backbone', 'kobenhavn'] as const) {
      const organisation = DEMO_ORGANISATIONS[key];
      const registered = await call('admin', 'POST', '/organisations', {
        id: organisation.id,
        name: organisation.name,
        type: organisation.type,
        ...(key === 'kobenhavn' ? { kommunekode: '101' } : {}),
      });
      expect(registered.status).toBe(201);
    }
    const created = await call('helsefonden', 'POST', '/programmes', {
      name: 'Bryd den negative sociale arv',
      slug: 'bryd-arven-e2e',
      problemStatement: 'Social arv.',
      vision: 'Lige muligheder.',
      startDate: '2026-01-01',
      backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
      goals: [{ title: 'Flere unge i uddannelse' }, { title: 'Færre anbringelser' }],
    });
    expect(created.status).toBe(201);
    const programme = created.body as { id: string; goals: { id: string }[] };
    programmeId = programme.id;

    expect((await call('reporterKobenhavn', 'GET', `/programmes/${programme.id}`)).status).toBe(404);
    const added = await call('coordinator', 'POST', `/programmes/${programme.id}/members`, {
      organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
      roles: ['data-provider', 'implementing-partner'],
    });
    expect(added.status).toBe(201);
    expect((await call('reporterKobenhavn', 'GET', `/programmes/${programme.id}`)).status).toBe(200);

    const activity = await call('reporterKobenhavn', 'POST', `/programmes/${programme.id}/activities`, {
      organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
      title: 'Lektiecaféer',
      goalIds: [programme.goals[0]?.id],
    });
    expect(activity.status).toBe(201);
    const map = await call('coordinator', 'GET', `/programmes/${programme.id}/goal-map`);
    expect(map.body['uncoveredGoalIds']).toEqual([programme.goals[1]?.id]);
    expect((await call('reporterAarhus', 'GET', `/programmes/${programme.id}/goal-map`)).status).toBe(404);
  });

  it('has a municipal reporter submit a Danish Excel CSV, the backbone approve it, and the funder read progress', async () => {
    const measure = (user: keyof typeof DEMO_USERS, method: string, path: string, body?: unknown) =>
      call(user, method, path, body, 'measurement');
    const defined = await measure(
      'coordinator',
      'POST',
      '/indicators',
      youngPeopleInEducation('unge-i-uddannelse-e2e'),
    );
    expect(defined.status).toBe(201);
    // Measurement learns the programme and its members from partners' events over Kafka.
    await waitFor('measurement to know the programme', async () => {
      const response = await measure(
        'coordinator',
        'PUT',
        `/programmes/${programmeId}/indicators/unge-i-uddannelse-e2e`,
        {
          frequency: 'quarterly',
          baseline: { period: '2026-Q1', value: 1_000 },
          targets: [{ period: '2026-Q2', value: 1_500 }],
        },
      );
      return response.status === 200;
    });
    const period = await measure('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'quarterly',
      period: '2026-Q2',
      dueDate: '2099-07-31',
    });
    expect(period.status).toBe(201);
    const periodId = period.body['id'] as string;
    const token = await userToken(DEMO_USERS.reporterKobenhavn.username);
    const template = await fetch(
      `${gateway.url}/api/measurement/programmes/${programmeId}/periods/${periodId}/template.csv`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await template.arrayBuffer());
    const submission = `${gateway.url}/api/measurement/programmes/${programmeId}/periods/${periodId}/submissions/${DEMO_ORGANISATIONS.kobenhavn.id}`;
    expect(text.startsWith('\uFEFFindikator;opdeling;værdi;kommentar\r\n')).toBe(true);
    // The large-upload mode through the gateway: Prefer reaches the service, Preference-Applied
    // comes back, and the answer leaves the values out.
    const uploaded = await fetch(`${submission}/csv`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', prefer: 'return=minimal' },
      body: text.replace(
        'unge-i-uddannelse-e2e;;;',
        'unge-i-uddannelse-e2e;;1.250;"Skøn: Østerbro\r\nmangler"',
      ),
    });
    expect(uploaded.status).toBe(200);
    expect(uploaded.headers.get('preference-applied')).toBe('return=minimal');
    expect(await uploaded.json()).toMatchObject({ status: 'draft', values: [], valueCount: 1 });
    const stored = await fetch(submission, { headers: { authorization: `Bearer ${token}` } });
    expect(((await stored.json()) as { latest: { values: unknown[] } }).latest.values).toEqual([
      {
        indicator: 'unge-i-uddannelse-e2e',
        disaggregation: null,
        value: 1250,
        comment: 'Skøn: Østerbro\r\nmangler',
      },
    ]);
    const submitted = await fetch(`${submission}/submit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(submitted.status).toBe(200);
    const approved = await measure(
      'coordinator',
      'POST',
      `/programmes/${programmeId}/periods/${periodId}/submissions/${DEMO_ORGANISATIONS.kobenhavn.id}/approve`,
    );
    expect(approved.status).toBe(200);
    const progress = await measure(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    expect(progress.status).toBe(200);
    expect(progress.body['completeness']).toEqual({ expected: 1, approved: 1, share: 100 });
    expect((progress.body['indicators'] as Record<string, unknown>[])[0]).toMatchObject({
      code: 'unge-i-uddannelse-e2e',
      aggregate: 1250,
      attainmentPercent: 50,
    });
    expect(
      (await measure('reporterAarhus', 'GET', `/programmes/${programmeId}/progress?period=2026-Q2`)).status,
    ).toBe(404);
  });
});
