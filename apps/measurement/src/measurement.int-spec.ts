import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  membershipGrantedV1,
  MEASUREMENT_API,
  membershipRevokedV1,
  programmeCreatedV1,
  TOPICS,
  type IndicatorDto,
  type Page,
} from '@samvirke/contracts';
import { connectEventConsumer } from '@samvirke/messaging';
import { createDataSource, migrate } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import {
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  startEffectApp,
  uniqueSuiteId,
  userToken,
  waitFor,
  type EffectApp,
} from '@samvirke/testing';
import { AppModule, measurementDataSourceSpec } from './app.module.js';

/**
 * Measurement against real PostgreSQL, Kafka and Keycloak tokens: its copy of partners' programmes
 * and data providers, kept from partners' events, and the shared indicator library.
 */
const suite = uniqueSuiteId('measurement');
let app: INestApplication;
let url: string;
let partners: EffectApp;

beforeAll(async () => {
  Object.assign(process.env, {
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: `${suite}.`,
    OUTBOX_POLL_INTERVAL_MS: '200',
  });
  const migrator = createDataSource(measurementDataSourceSpec());
  await migrate(migrator);
  await migrator.destroy();
  app = await createHttpApp(AppModule, {
    service: 'measurement',
    bodyLimit: '5mb',
    textTypes: ['text/csv', 'text/plain'],
  });
  connectEventConsumer(app, { consumer: 'measurement', topics: [TOPICS.partners] });
  await app.startAllMicroservices();
  await app.listen(0, '127.0.0.1');
  url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  // Stands in for the partners service: the same events through an outbox and relay.
  partners = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, consumer: false });
}, 90_000);

afterAll(async () => {
  await partners?.close();
  await app?.close();
  await dropSchema(suite, ['samvirke_measurement', 'samvirke_partners']);
}, 60_000);

async function call<T>(user: keyof typeof DEMO_USERS | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (user) headers['authorization'] = `Bearer ${await userToken(DEMO_USERS[user].username)}`;
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

type Problem = { errors?: { pointer: string }[] };
const pointers = (body: Problem): string[] => (body.errors ?? []).map((error) => error.pointer).sort();

type Role = 'backbone' | 'data-provider' | 'funder' | 'implementing-partner';

/** Publishes, as partners would, a programme with these members, and waits until measurement knows them all. */
async function seedProgramme(programmeId: string, slug: string, members: [string, Role[]][]): Promise<void> {
  await partners.dataSource.transaction((manager) =>
    partners.outbox.recordAll(manager, [
      {
        definition: programmeCreatedV1,
        data: {
          programmeId,
          slug,
          name: slug,
          status: 'active',
          startDate: '2026-01-01',
          endDate: null,
          backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
          goals: [],
          themes: [],
        },
        options: { subject: programmeId, programmeId },
      },
      ...members.map(([organisationId, roles]) => ({
        definition: membershipGrantedV1,
        data: { membershipId: randomUUID(), programmeId, organisationId, roles, joinedOn: '2026-01-01' },
        options: { subject: programmeId, programmeId },
      })),
    ]),
  );
  await waitFor('the programme and its members to arrive', async () => {
    const [row] = await app
      .get(DataSource)
      .query<{ count: string }[]>(
        `SELECT count(*)::text AS count FROM programme_member WHERE programme_id = $1`,
        [programmeId],
      );
    return row?.count === String(members.length);
  });
}

describe("measurement's copy of partners", () => {
  it('learns programmes and their data providers from partners events, and when a member leaves', async () => {
    const programmeId = randomUUID();
    const membershipId = randomUUID();
    await partners.dataSource.transaction((manager) =>
      partners.outbox.recordAll(manager, [
        {
          definition: programmeCreatedV1,
          data: {
            programmeId,
            slug: 'hjem-til-alle',
            name: 'Hjem til Alle Alliancen',
            status: 'planning',
            startDate: '2026-01-01',
            endDate: null,
            backboneOrganisationId: null,
            goals: [],
            themes: [],
          },
          options: { subject: programmeId, programmeId },
        },
        {
          definition: membershipGrantedV1,
          data: {
            membershipId,
            programmeId,
            organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
            roles: ['data-provider'],
            joinedOn: '2026-01-01',
          },
          options: { subject: programmeId, programmeId },
        },
      ]),
    );
    const dataSource = app.get(DataSource);
    const providers = await waitFor('the data provider to arrive', async () => {
      const rows = await dataSource.query<{ organisation_id: string; roles: string[] }[]>(
        `SELECT organisation_id, roles FROM programme_member WHERE programme_id = $1 AND left_on IS NULL`,
        [programmeId],
      );
      return rows.length ? rows : undefined;
    });
    expect(providers).toEqual([
      { organisation_id: DEMO_ORGANISATIONS.kobenhavn.id, roles: ['data-provider'] },
    ]);
    const [programme] = await dataSource.query<{ name: string }[]>(
      `SELECT name FROM known_programme WHERE id = $1`,
      [programmeId],
    );
    expect(programme?.name).toBe('Hjem til Alle Alliancen');

    await partners.dataSource.transaction((manager) =>
      partners.outbox.record(
        manager,
        membershipRevokedV1,
        {
          membershipId,
          programmeId,
          organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
          roles: ['data-provider'],
          leftOn: '2026-06-30',
        },
        { subject: programmeId, programmeId },
      ),
    );
    await waitFor('the membership to end', async () => {
      const [row] = await dataSource.query<{ left_on: string | null }[]>(
        `SELECT left_on::text FROM programme_member WHERE membership_id = $1`,
        [membershipId],
      );
      return row?.left_on === '2026-06-30';
    });
  });
});

describe('indicator library', () => {
  const youthHomeless = {
    code: 'hjemloese-unge',
    nameDa: 'Hjemløse unge 18-24 år',
    nameEn: 'Homeless young people aged 18-24',
    unit: 'count',
    valueType: 'integer',
    aggregation: 'sum',
    polarity: 'lower-is-better',
    sensitive: true,
    min: 0,
    disaggregations: [{ code: 'koen', name: 'Køn', values: ['kvinde', 'mand', 'andet'] }],
  };

  it('lets a backbone coordinator define an indicator and anyone signed in read it', async () => {
    const created = await call<IndicatorDto>('coordinator', 'POST', '/indicators', youthHomeless);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'hjemloese-unge',
      sensitive: true,
      min: 0,
      max: null,
      scale: 0,
    });
    const read = await call<IndicatorDto>('reporterAarhus', 'GET', `/indicators/${created.body.id}`);
    expect(read.body.disaggregations[0]?.values).toEqual(['kvinde', 'mand', 'andet']);
    const listed = await call<Page<IndicatorDto>>('member', 'GET', '/indicators?q=hjeml');
    expect(listed.body.items.map((item) => item.code)).toEqual(['hjemloese-unge']);
  });

  it('defines a weighted mean against its denominator indicator', async () => {
    await call('admin', 'POST', '/indicators', {
      code: 'unge-i-maalgruppe',
      nameDa: 'Unge i målgruppen',
      nameEn: 'Young people in the target group',
      unit: 'count',
      valueType: 'integer',
      aggregation: 'sum',
      polarity: 'higher-is-better',
    });
    const share = await call<IndicatorDto>('admin', 'POST', '/indicators', {
      code: 'andel-i-uddannelse',
      nameDa: 'Andel i uddannelse',
      nameEn: 'Share in education',
      unit: 'percent',
      valueType: 'decimal',
      scale: 1,
      aggregation: 'weighted-mean',
      denominatorCode: 'unge-i-maalgruppe',
      polarity: 'higher-is-better',
      min: 0,
      max: 100,
    });
    expect(share.status).toBe(201);
    expect(share.body.denominatorCode).toBe('unge-i-maalgruppe');
  });

  it('names every bad field, refuses a taken code and an unknown denominator, and writes nothing', async () => {
    const dataSource = app.get(DataSource);
    const [before] = await dataSource.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM indicator`,
    );
    const bad = await call<Problem>('admin', 'POST', '/indicators', {
      ...youthHomeless,
      code: 'Hjemløse Unge',
      unit: 'people',
      valueType: 'integer',
      scale: 2,
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/code', '/colour', '/unit']);
    const semantic = await call<Problem>('admin', 'POST', '/indicators', {
      ...youthHomeless,
      code: 'x-1',
      scale: 2,
      unit: 'percent',
      min: 5,
      max: 1,
    });
    expect(pointers(semantic.body)).toEqual(['/max', '/scale', '/sensitive']);
    const taken = await call<Problem>('admin', 'POST', '/indicators', youthHomeless);
    expect(taken.status).toBe(409);
    const unknownDenominator = await call<Problem>('admin', 'POST', '/indicators', {
      ...youthHomeless,
      code: 'vaegtet',
      sensitive: false,
      aggregation: 'weighted-mean',
      denominatorCode: 'findes-ikke',
    });
    expect(unknownDenominator.status).toBe(422);
    expect(pointers(unknownDenominator.body)).toEqual(['/denominatorCode']);
    const [after] = await dataSource.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM indicator`,
    );
    expect(after?.count).toBe(before?.count);
  });

  it('refuses reporters, members and foundation officers defining indicators, and callers without a token', async () => {
    for (const user of ['reporterKobenhavn', 'member', 'helsefonden'] as const) {
      const response = await call(user, 'POST', '/indicators', {
        ...youthHomeless,
        code: `nope-${user.toLowerCase()}`,
      });
      expect({ user, status: response.status }).toEqual({ user, status: 403 });
    }
    expect((await call(null, 'GET', '/indicators')).status).toBe(401);
  });
});

it('serves exactly the operations of MEASUREMENT_API (besides health and metrics)', () => {
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const served = express.router.stack
    .flatMap((layer) =>
      layer.route ? Object.keys(layer.route.methods).map((method) => `${method} ${layer.route!.path}`) : [],
    )
    .filter((route) => !/ \/(health|metrics)/.test(route))
    .sort();
  const documented = MEASUREMENT_API.operations
    .map((operation) => `${operation.method} ${operation.path.replace(/\{(\w+)\}/g, ':$1')}`)
    .sort();
  expect(served).toEqual(documented);
});

describe("a programme's measurement set-up", () => {
  const programmeId = randomUUID();

  beforeAll(async () => {
    await seedProgramme(programmeId, 'bryd-arven', [
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [DEMO_ORGANISATIONS.kobenhavn.id, ['data-provider']],
    ]);
  });

  it('lets the backbone track an indicator with baseline and targets; members read it', async () => {
    const configured = await call<{ targets: unknown[]; frequency: string }>(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/indicators/hjemloese-unge`,
      {
        frequency: 'quarterly',
        baseline: { period: '2025-Q4', value: 120 },
        targets: [
          { period: '2026-Q4', value: 90 },
          { period: '2027-Q4', value: 60 },
        ],
      },
    );
    expect(configured.status).toBe(200);
    expect(configured.body.targets).toHaveLength(2);
    const read = await call<{ code: string; baseline: { value: number } }[]>(
      'reporterKobenhavn',
      'GET',
      `/programmes/${programmeId}/indicators`,
    );
    expect(read.body.map((item) => [item.code, item.baseline.value])).toEqual([['hjemloese-unge', 120]]);
  });

  it('names bad periods and out-of-range targets, and refuses members and strangers', async () => {
    const wrongPeriods = await call<Problem>(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/indicators/hjemloese-unge`,
      {
        frequency: 'quarterly',
        baseline: { period: '2025-12', value: 1 },
        targets: [{ period: '2026', value: 1 }],
      },
    );
    expect(wrongPeriods.status).toBe(400);
    expect(pointers(wrongPeriods.body)).toEqual(['/baseline/period', '/targets/0/period']);
    const outOfRange = await call<Problem>(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/indicators/hjemloese-unge`,
      {
        frequency: 'quarterly',
        targets: [{ period: '2026-Q4', value: -5 }],
      },
    );
    expect(outOfRange.status).toBe(422);
    expect(pointers(outOfRange.body)).toEqual(['/targets/0/value']);
    const unknown = await call<Problem>(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/indicators/findes-ikke`,
      { frequency: 'annual' },
    );
    expect(pointers(unknown.body)).toEqual(['/code']);
    expect(
      (
        await call('reporterKobenhavn', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
          frequency: 'annual',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('helsefonden', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
          frequency: 'annual',
        })
      ).status,
    ).toBe(403);
    expect((await call('reporterAarhus', 'GET', `/programmes/${programmeId}/indicators`)).status).toBe(404);
    const kept = await call<{ frequency: string }[]>(
      'coordinator',
      'GET',
      `/programmes/${programmeId}/indicators`,
    );
    expect(kept.body[0]?.frequency).toBe('quarterly');
  });

  it('opens, closes and reopens reporting periods, with their events', async () => {
    const opened = await call<{ id: string; status: string }>(
      'coordinator',
      'POST',
      `/programmes/${programmeId}/periods`,
      {
        frequency: 'quarterly',
        period: '2026-Q1',
        dueDate: '2026-04-30',
      },
    );
    expect(opened).toMatchObject({ status: 201, body: { status: 'open' } });
    const again = await call('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'quarterly',
      period: '2026-Q1',
      dueDate: '2026-05-31',
    });
    expect(again.status).toBe(409);
    const badLabel = await call<Problem>('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'monthly',
      period: '2026-Q2',
      dueDate: 'tomorrow',
    });
    expect(pointers(badLabel.body)).toEqual(['/dueDate', '/period']);
    expect(
      (await call('reporterKobenhavn', 'POST', `/programmes/${programmeId}/periods/${opened.body.id}/close`))
        .status,
    ).toBe(403);
    const closed = await call<{ status: string }>(
      'coordinator',
      'POST',
      `/programmes/${programmeId}/periods/${opened.body.id}/close`,
    );
    expect(closed.body.status).toBe('closed');
    expect(
      (await call('coordinator', 'POST', `/programmes/${programmeId}/periods/${opened.body.id}/close`))
        .status,
    ).toBe(409);
    const reopened = await call<{ status: string }>(
      'coordinator',
      'POST',
      `/programmes/${programmeId}/periods/${opened.body.id}/reopen`,
    );
    expect(reopened.body.status).toBe('open');
    expect((await call('reporterAarhus', 'GET', `/programmes/${programmeId}/periods`)).status).toBe(404);
    const events = await app
      .get(DataSource)
      .query<{ event_type: string }[]>(
        `SELECT event_type FROM outbox_message WHERE message_key = $1 ORDER BY position`,
        [programmeId],
      );
    expect(events.map((event) => event.event_type.split('.').slice(3, 5).join('.'))).toEqual([
      'programme-indicator.configured',
      'reporting-period.opened',
      'reporting-period.closed',
      'reporting-period.opened',
    ]);
  });
});

describe('submissions', () => {
  const programmeId = randomUUID();
  let periodId: string;
  const path = (organisationId: string, action = '') =>
    `/programmes/${programmeId}/periods/${periodId}/submissions/${organisationId}${action}`;
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;

  beforeAll(async () => {
    await seedProgramme(programmeId, 'hjem-til-alle-maaling', [
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [DEMO_ORGANISATIONS.aarhus.id, ['implementing-partner']],
    ]);
    await call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
      frequency: 'quarterly',
    });
    await call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/andel-i-uddannelse`, {
      frequency: 'quarterly',
      required: false,
    });
    const period = await call<{ id: string }>('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'quarterly',
      period: '2026-Q2',
      dueDate: '2026-07-31',
    });
    periodId = period.body.id;
  });

  it('takes a municipal reporter from draft to submitted, and the backbone approves', async () => {
    const draft = await call<{ status: string; version: number }>('reporterKobenhavn', 'PUT', path(kk), {
      values: [
        { indicator: 'hjemloese-unge', value: 118 },
        { indicator: 'hjemloese-unge', disaggregation: 'koen=kvinde', value: 47 },
        { indicator: 'andel-i-uddannelse', value: 61.5 },
      ],
    });
    expect(draft.body).toMatchObject({ status: 'draft', version: 1 });
    const submitted = await call<{ status: string }>('reporterKobenhavn', 'POST', path(kk, '/submit'));
    expect(submitted.body.status).toBe('submitted');
    expect(
      (
        await call('reporterKobenhavn', 'PUT', path(kk), {
          values: [{ indicator: 'hjemloese-unge', value: 1 }],
        })
      ).status,
    ).toBe(409);
    expect((await call('reporterKobenhavn', 'POST', path(kk, '/approve'))).status).toBe(403);
    const approved = await call<{ status: string; decidedBy: string }>(
      'coordinator',
      'POST',
      path(kk, '/approve'),
    );
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: 'coordinator.backbone' });
  });

  it('keeps every version: a correction after approval is version 2, returned with a comment', async () => {
    await call('reporterKobenhavn', 'PUT', path(kk), {
      values: [{ indicator: 'hjemloese-unge', value: 121 }],
    });
    await call('reporterKobenhavn', 'POST', path(kk, '/submit'));
    const returned = await call<{ status: string; comment: string; version: number }>(
      'coordinator',
      'POST',
      path(kk, '/return'),
      {
        comment: 'Tallet afviger meget fra sidste kvartal; tjek venligst.',
      },
    );
    expect(returned.body).toMatchObject({ status: 'returned', version: 2 });
    const history = await call<{ versions: { version: number; status: string }[] }>(
      'reporterKobenhavn',
      'GET',
      path(kk),
    );
    expect(history.body.versions.map((version) => [version.version, version.status])).toEqual([
      [2, 'returned'],
      [1, 'approved'],
    ]);
    const events = await app.get(DataSource).query<{ type: string }[]>(
      `SELECT split_part(event_type, '.', 4) || '.' || split_part(event_type, '.', 5) AS type FROM outbox_message
          WHERE message_key = $1 AND (event_type LIKE '%submission%' OR event_type LIKE '%progress%') ORDER BY position`,
      [programmeId],
    );
    expect(events.map((event) => event.type)).toEqual([
      'submission.submitted',
      'submission.approved',
      'progress.updated',
      'submission.submitted',
      'submission.returned',
    ]);
  });

  it('names every bad value at once and saves nothing', async () => {
    const [before] = await app
      .get(DataSource)
      .query<{ count: string }[]>(`SELECT count(*)::text AS count FROM submission_value`);
    const bad = await call<Problem>('reporterKobenhavn', 'PUT', path(kk), {
      values: [
        { indicator: 'hjemloese-unge', value: 3.5 },
        { indicator: 'findes-ikke', value: 1 },
        { indicator: 'andel-i-uddannelse', value: 150 },
        { indicator: 'hjemloese-unge', value: 4 },
      ],
    });
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual([
      '/values/0/value',
      '/values/1/indicator',
      '/values/2/value',
      '/values/3',
    ]);
    const [after] = await app
      .get(DataSource)
      .query<{ count: string }[]>(`SELECT count(*)::text AS count FROM submission_value`);
    expect(after?.count).toBe(before?.count);
  });

  it('refuses a submission missing a required indicator', async () => {
    await call('reporterKobenhavn', 'PUT', path(kk), {
      values: [{ indicator: 'andel-i-uddannelse', value: 60 }],
    });
    const refused = await call<Problem>('reporterKobenhavn', 'POST', path(kk, '/submit'));
    expect(refused.status).toBe(422);
    expect(pointers(refused.body)).toEqual(['/values']);
  });

  it('refuses another municipality, a non-data-provider, strangers, and a closed period', async () => {
    const values = { values: [{ indicator: 'hjemloese-unge', value: 10 }] };
    expect((await call('reporterAarhus', 'PUT', path(kk), values)).status).toBe(403);
    expect((await call('reporterAarhus', 'PUT', path(DEMO_ORGANISATIONS.aarhus.id), values)).status).toBe(
      403,
    );
    expect((await call('reporterAarhus', 'GET', path(kk))).status).toBe(403);
    expect((await call('member', 'PUT', path(DEMO_ORGANISATIONS.ngo.id), values)).status).toBe(404);
    await call('coordinator', 'POST', `/programmes/${programmeId}/periods/${periodId}/close`);
    expect((await call('reporterKobenhavn', 'PUT', path(kk), values)).status).toBe(409);
    await call('coordinator', 'POST', `/programmes/${programmeId}/periods/${periodId}/reopen`);
    expect((await call('reporterKobenhavn', 'PUT', path(kk), values)).status).toBe(200);
  });

  async function upload(csv: string, contentType = 'text/csv') {
    const response = await fetch(`${url}${path(kk, '/csv')}`, {
      method: 'PUT',
      headers: {
        'content-type': contentType,
        authorization: `Bearer ${await userToken(DEMO_USERS.reporterKobenhavn.username)}`,
      },
      body: csv,
    });
    return { status: response.status, body: (await response.json()) as Problem & { values?: unknown[] } };
  }

  it('hands out a template and takes it back filled in, as Danish Excel saves it', async () => {
    const template = await fetch(`${url}/programmes/${programmeId}/periods/${periodId}/template.csv`, {
      headers: { authorization: `Bearer ${await userToken(DEMO_USERS.reporterKobenhavn.username)}` },
    });
    expect(template.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await template.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that makes Excel read UTF-8
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFindikator;opdeling;værdi\r\n')).toBe(true);
    expect(text).toContain('hjemloese-unge;koen=kvinde;');
    const filled = text
      .replace('andel-i-uddannelse;;', 'andel-i-uddannelse;;62,5')
      .replace('hjemloese-unge;;', 'hjemloese-unge;;1.024');
    const saved = await upload(filled);
    expect({ status: saved.status, errors: saved.body.errors }).toEqual({ status: 200, errors: undefined });
    expect(saved.body.values).toEqual([
      { indicator: 'andel-i-uddannelse', disaggregation: null, value: 62.5 },
      { indicator: 'hjemloese-unge', disaggregation: null, value: 1024 },
    ]);
  });

  it('lists every bad row and column of a CSV at once and stores nothing', async () => {
    const before = await call<{ latest: { values: unknown[] } }>('reporterKobenhavn', 'GET', path(kk));
    const bad = await upload(
      'indikator;opdeling;værdi\nhjemloese-unge;;12,5\nukendt;;3\nandel-i-uddannelse;;cirka 60\nhjemloese-unge;koen=robot;2\nandel-i-uddannelse;;101\n',
    );
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual([
      '/rows/2/værdi',
      '/rows/3/indikator',
      '/rows/4/værdi',
      '/rows/5/opdeling',
      '/rows/6/værdi',
    ]);
    const wrongHeader = await upload('kode,tal\nx,1\n');
    expect(pointers(wrongHeader.body)).toEqual(['/rows/1']);
    expect((await upload('{"values":[]}', 'application/octet-stream')).status).toBe(415);
    const after = await call<{ latest: { values: unknown[] } }>('reporterKobenhavn', 'GET', path(kk));
    expect(after.body.latest.values).toEqual(before.body.latest.values);
  });
});

describe('progress', () => {
  const programmeId = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const aarhus = DEMO_ORGANISATIONS.aarhus.id;
  const periods: Record<string, string> = {};

  async function report(
    user: 'reporterKobenhavn' | 'reporterAarhus',
    organisationId: string,
    period: string,
    values: Record<string, number>,
  ) {
    const base = `/programmes/${programmeId}/periods/${periods[period]}/submissions/${organisationId}`;
    const saved = await call(user, 'PUT', base, {
      values: Object.entries(values).map(([indicator, value]) => ({ indicator, value })),
    });
    expect(saved.status).toBe(200);
    expect((await call(user, 'POST', `${base}/submit`)).status).toBe(200);
    expect((await call('coordinator', 'POST', `${base}/approve`)).status).toBe(200);
  }

  type Progress = {
    completeness: { expected: number; approved: number; share: number };
    timeliness: { onTime: number };
    indicators: {
      code: string;
      aggregate: number | '<5' | null;
      aggregateSuppressed: boolean;
      contributors: number;
      previousAggregate: number | null;
      trend: string | null;
      attainmentPercent: number | null;
      organisations: { organisationId: string; value: number | '<5' }[];
    }[];
  };
  const indicator = (progress: Progress, code: string) =>
    progress.indicators.find((item) => item.code === code)!;

  beforeAll(async () => {
    await seedProgramme(programmeId, 'progress', [
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [aarhus, ['data-provider']],
    ]);
    await call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
      frequency: 'quarterly',
      baseline: { period: '2025-Q4', value: 100 },
      targets: [{ period: '2026-Q2', value: 80 }],
    });
    await call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/unge-i-maalgruppe`, {
      frequency: 'quarterly',
      baseline: { period: '2025-Q4', value: 100 },
      targets: [{ period: '2026-Q2', value: 500 }],
    });
    await call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/andel-i-uddannelse`, {
      frequency: 'quarterly',
    });
    for (const [period, dueDate] of [
      ['2026-Q1', '2026-04-30'],
      ['2026-Q2', '2099-12-31'],
    ] as const) {
      const opened = await call<{ id: string }>('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
        frequency: 'quarterly',
        period,
        dueDate,
      });
      periods[period] = opened.body.id;
    }
    await report('reporterAarhus', aarhus, '2026-Q1', {
      'hjemloese-unge': 50,
      'unge-i-maalgruppe': 90,
      'andel-i-uddannelse': 70,
    });
    await report('reporterKobenhavn', kk, '2026-Q2', {
      'hjemloese-unge': 3,
      'unge-i-maalgruppe': 200,
      'andel-i-uddannelse': 50,
    });
    await report('reporterAarhus', aarhus, '2026-Q2', {
      'hjemloese-unge': 40,
      'unge-i-maalgruppe': 100,
      'andel-i-uddannelse': 80,
    });
  }, 60_000);

  it('aggregates approved values per indicator: sums, weighted means, attainment, trend, completeness', async () => {
    const progress = await call<Progress>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    expect(progress.status).toBe(200);
    expect(progress.body.completeness).toEqual({ expected: 2, approved: 2, share: 100 });
    expect(progress.body.timeliness.onTime).toBe(2);
    const youth = indicator(progress.body, 'unge-i-maalgruppe');
    expect(youth).toMatchObject({
      aggregate: 300,
      contributors: 2,
      previousAggregate: 90,
      trend: 'up',
      attainmentPercent: 50,
    });
    expect(indicator(progress.body, 'andel-i-uddannelse').aggregate).toBe(60);
  });

  it('suppresses small sensitive numbers outside the reporting organisation, never for the organisation itself', async () => {
    const funder = await call<Progress>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    const homeless = indicator(funder.body, 'hjemloese-unge');
    expect(homeless).toMatchObject({ aggregate: null, aggregateSuppressed: true, attainmentPercent: null });
    const shown = Object.fromEntries(
      homeless.organisations.map((entry) => [entry.organisationId, entry.value]),
    );
    expect(shown).toEqual({ [kk]: '<5', [aarhus]: 40 });
    const own = await call<Progress>(
      'reporterKobenhavn',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    expect(
      indicator(own.body, 'hjemloese-unge').organisations.find((entry) => entry.organisationId === kk)?.value,
    ).toBe(3);
    const backbone = await call<Progress>(
      'coordinator',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    expect(
      indicator(backbone.body, 'hjemloese-unge').organisations.find((entry) => entry.organisationId === kk)
        ?.value,
    ).toBe('<5');
  });

  it('counts only the latest approved version after a correction', async () => {
    await report('reporterKobenhavn', kk, '2026-Q2', {
      'hjemloese-unge': 3,
      'unge-i-maalgruppe': 250,
      'andel-i-uddannelse': 50,
    });
    const progress = await call<Progress>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    expect(indicator(progress.body, 'unge-i-maalgruppe')).toMatchObject({ aggregate: 350, contributors: 2 });
  });

  it("applies the programme's cross-indicator rules and suppression thresholds", async () => {
    const settings = `/programmes/${programmeId}/measurement-settings`;
    expect(
      (await call<{ minContributors: number }>('helsefonden', 'GET', settings)).body.minContributors,
    ).toBe(3);
    const unknown = await call<Problem>('coordinator', 'PUT', settings, {
      rules: [{ left: 'findes-ikke', operator: '<=', right: 'unge-i-maalgruppe' }],
      suppressBelow: 5,
      minContributors: 2,
    });
    expect(pointers(unknown.body)).toEqual(['/rules/0/left']);
    const rules = {
      rules: [{ left: 'hjemloese-unge', operator: '<=', right: 'unge-i-maalgruppe' }],
      suppressBelow: 5,
      minContributors: 2,
    };
    expect((await call('reporterKobenhavn', 'PUT', settings, rules)).status).toBe(403);
    expect((await call('coordinator', 'PUT', settings, rules)).status).toBe(200);

    const funder = await call<Progress>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    expect(indicator(funder.body, 'hjemloese-unge')).toMatchObject({
      aggregate: 43,
      aggregateSuppressed: false,
    });

    const broken = await call<Problem>(
      'reporterKobenhavn',
      'PUT',
      `/programmes/${programmeId}/periods/${periods['2026-Q2']}/submissions/${kk}`,
      {
        values: [
          { indicator: 'hjemloese-unge', value: 300 },
          { indicator: 'unge-i-maalgruppe', value: 250 },
        ],
      },
    );
    expect(broken.status).toBe(422);
    expect(broken.body.errors).toEqual([
      { pointer: '/values/0/value', detail: 'hjemloese-unge must be <= unge-i-maalgruppe (250)' },
    ]);
  });

  it('refuses strangers, unknown periods and bad period labels', async () => {
    expect(
      (await call('bikubenfonden', 'GET', `/programmes/${programmeId}/progress?period=2026-Q2`)).status,
    ).toBe(404);
    expect(
      (await call('helsefonden', 'GET', `/programmes/${programmeId}/progress?period=2030-Q1`)).status,
    ).toBe(404);
    const bad = await call<Problem>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=Q2-2026`,
    );
    expect(pointers(bad.body)).toEqual(['/period']);
  });
});

describe('deadline reminders', () => {
  const programmeId = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const aarhus = DEMO_ORGANISATIONS.aarhus.id;

  async function reminders(): Promise<string[]> {
    const rows = await app.get(DataSource).query<{ reminder: string }[]>(
      `SELECT p.period || ' ' || r.kind || ' ' || r.organisation_id AS reminder
         FROM reporting_reminder r JOIN reporting_period p ON p.id = r.period_id
        WHERE p.programme_id = $1 ORDER BY 1`,
      [programmeId],
    );
    return rows.map((row) => row.reminder);
  }

  beforeAll(async () => {
    await seedProgramme(programmeId, 'deadlines', [
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [aarhus, ['data-provider']],
    ]);
    await call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/unge-i-maalgruppe`, {
      frequency: 'quarterly',
    });
    const q2 = await call<{ id: string }>('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'quarterly',
      period: '2026-Q2',
      dueDate: '2026-07-31',
    });
    await call('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'quarterly',
      period: '2026-Q3',
      dueDate: '2026-10-15',
    });
    const submission = `/programmes/${programmeId}/periods/${q2.body.id}/submissions/${kk}`;
    await call('reporterKobenhavn', 'PUT', submission, {
      values: [{ indicator: 'unge-i-maalgruppe', value: 12 }],
    });
    expect((await call('reporterKobenhavn', 'POST', `${submission}/submit`)).status).toBe(200);
  });

  it('reminds data providers without a submission once per period, organisation and kind', async () => {
    const { DeadlineScheduler } = await import('./deadlines/deadline-scheduler.js');
    const scheduler = app.get(DeadlineScheduler);
    await scheduler.runOnce(new Date('2026-10-12T09:00:00Z'));
    expect(await reminders()).toEqual(
      [
        `2026-Q2 overdue ${aarhus}`,
        `2026-Q3 deadline-approaching ${aarhus}`,
        `2026-Q3 deadline-approaching ${kk}`,
      ].sort(),
    );
    // Two schedulers at once, and again later: nothing is reminded twice.
    await Promise.all([
      scheduler.runOnce(new Date('2026-10-20T09:00:00Z')),
      scheduler.runOnce(new Date('2026-10-20T09:00:00Z')),
    ]);
    expect(await reminders()).toEqual(
      [
        `2026-Q2 overdue ${aarhus}`,
        `2026-Q3 deadline-approaching ${aarhus}`,
        `2026-Q3 deadline-approaching ${kk}`,
        `2026-Q3 overdue ${aarhus}`,
        `2026-Q3 overdue ${kk}`,
      ].sort(),
    );
    const events = await app.get(DataSource).query<{ type: string; count: string }[]>(
      `SELECT split_part(event_type, '.', 5) AS type, count(*)::text AS count FROM outbox_message
        WHERE message_key = $1 AND event_type LIKE '%.reporting.%' GROUP BY 1 ORDER BY 1`,
      [programmeId],
    );
    expect(events).toEqual([
      { type: 'deadline-approaching', count: '2' },
      { type: 'overdue', count: '3' },
    ]);
  });
});
