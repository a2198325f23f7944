import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_USERS, userToken } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/** Submissions by JSON and CSV: draft, submit, approve or return, versions, validation, refused callers. */
const ctx = measurementSuite('submissions');
beforeAll(() => ctx.defineStandardIndicators());

describe('submissions', () => {
  const programmeId = randomUUID();
  let periodId: string;
  const path = (organisationId: string, action = '') =>
    `/programmes/${programmeId}/periods/${periodId}/submissions/${organisationId}${action}`;
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'hjem-til-alle-maaling', [
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [DEMO_ORGANISATIONS.aarhus.id, ['implementing-partner']],
    ]);
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
      frequency: 'quarterly',
    });
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/andel-i-uddannelse`, {
      frequency: 'quarterly',
      required: false,
    });
    const period = await ctx.call<{ id: string }>(
      'coordinator',
      'POST',
      `/programmes/${programmeId}/periods`,
      {
        frequency: 'quarterly',
        period: '2026-Q2',
        dueDate: '2026-07-31',
      },
    );
    periodId = period.body.id;
  });

  it('takes a municipal reporter from draft to submitted, and the backbone approves', async () => {
    const draft = await ctx.call<{ status: string; version: number }>('reporterKobenhavn', 'PUT', path(kk), {
      values: [
        { indicator: 'hjemloese-unge', value: 118 },
        { indicator: 'hjemloese-unge', disaggregation: 'koen=kvinde', value: 47 },
        { indicator: 'andel-i-uddannelse', value: 61.5 },
      ],
    });
    expect(draft.body).toMatchObject({ status: 'draft', version: 1 });
    const submitted = await ctx.call<{ status: string }>('reporterKobenhavn', 'POST', path(kk, '/submit'));
    expect(submitted.body.status).toBe('submitted');
    expect(
      (
        await ctx.call('reporterKobenhavn', 'PUT', path(kk), {
          values: [{ indicator: 'hjemloese-unge', value: 1 }],
        })
      ).status,
    ).toBe(409);
    expect((await ctx.call('reporterKobenhavn', 'POST', path(kk, '/approve'))).status).toBe(403);
    const approved = await ctx.call<{ status: string; decidedBy: string }>(
      'coordinator',
      'POST',
      path(kk, '/approve'),
    );
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: 'coordinator.backbone' });
  });

  it('keeps every version: a correction after approval is version 2, returned with a comment', async () => {
    await ctx.call('reporterKobenhavn', 'PUT', path(kk), {
      values: [{ indicator: 'hjemloese-unge', value: 121 }],
    });
    await ctx.call('reporterKobenhavn', 'POST', path(kk, '/submit'));
    const returned = await ctx.call<{ status: string; comment: string; version: number }>(
      'coordinator',
      'POST',
      path(kk, '/return'),
      {
        comment: 'Tallet afviger meget fra sidste kvartal; tjek venligst.',
      },
    );
    expect(returned.body).toMatchObject({ status: 'returned', version: 2 });
    const history = await ctx.call<{ versions: { version: number; status: string }[] }>(
      'reporterKobenhavn',
      'GET',
      path(kk),
    );
    expect(history.body.versions.map((version) => [version.version, version.status])).toEqual([
      [2, 'returned'],
      [1, 'approved'],
    ]);
    const events = await ctx.app.get(DataSource).query<{ type: string }[]>(
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
    const [before] = await ctx.app
      .get(DataSource)
      .query<{ count: string }[]>(`SELECT count(*)::text AS count FROM submission_value`);
    const bad = await ctx.call<Problem>('reporterKobenhavn', 'PUT', path(kk), {
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
    const [after] = await ctx.app
      .get(DataSource)
      .query<{ count: string }[]>(`SELECT count(*)::text AS count FROM submission_value`);
    expect(after?.count).toBe(before?.count);
  });

  it('keeps a count without a minimum of its own non-negative and every value within bounds', async () => {
    const ownProgramme = randomUUID();
    await ctx.seedProgramme(ownProgramme, 'taellinger-uden-minimum', [
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
    ]);
    const indicator = `/programmes/${ownProgramme}/indicators/unge-i-maalgruppe`;
    const negativeTarget = await ctx.call<Problem>('coordinator', 'PUT', indicator, {
      frequency: 'quarterly',
      targets: [{ period: '2026-Q4', value: -7 }],
    });
    expect(negativeTarget.status).toBe(422);
    expect(pointers(negativeTarget.body)).toEqual(['/targets/0/value']);
    await ctx.call('coordinator', 'PUT', indicator, { frequency: 'quarterly' });
    const quarter = await ctx.openQuarter(ownProgramme, '2026-Q2', '2026-07-31');
    const values = `/programmes/${ownProgramme}/periods/${quarter}/submissions/${kk}`;
    const negative = await ctx.call<Problem>('reporterKobenhavn', 'PUT', values, {
      values: [{ indicator: 'unge-i-maalgruppe', value: -7 }],
    });
    expect(negative.status).toBe(422);
    expect(pointers(negative.body)).toEqual(['/values/0/value']);
    const huge = await ctx.call<Problem>('reporterKobenhavn', 'PUT', values, {
      values: [{ indicator: 'unge-i-maalgruppe', value: 1e300 }],
    });
    expect(huge.status).toBe(400);
    expect(pointers(huge.body)).toEqual(['/values/0/value']);
    const stored = await ctx.app
      .get(DataSource)
      .query<{ count: string }[]>(`SELECT count(*)::text AS count FROM submission WHERE programme_id = $1`, [
        ownProgramme,
      ]);
    expect(stored[0]?.count).toBe('0');
  });

  it('refuses a submission missing a required indicator', async () => {
    await ctx.call('reporterKobenhavn', 'PUT', path(kk), {
      values: [{ indicator: 'andel-i-uddannelse', value: 60 }],
    });
    const refused = await ctx.call<Problem>('reporterKobenhavn', 'POST', path(kk, '/submit'));
    expect(refused.status).toBe(422);
    expect(pointers(refused.body)).toEqual(['/values']);
  });

  it('refuses another municipality, a non-data-provider, strangers, and a closed period', async () => {
    const values = { values: [{ indicator: 'hjemloese-unge', value: 10 }] };
    expect((await ctx.call('reporterAarhus', 'PUT', path(kk), values)).status).toBe(403);
    expect((await ctx.call('reporterAarhus', 'PUT', path(DEMO_ORGANISATIONS.aarhus.id), values)).status).toBe(
      403,
    );
    expect((await ctx.call('reporterAarhus', 'GET', path(kk))).status).toBe(403);
    expect((await ctx.call('member', 'PUT', path(DEMO_ORGANISATIONS.ngo.id), values)).status).toBe(404);
    await ctx.call('coordinator', 'POST', `/programmes/${programmeId}/periods/${periodId}/close`);
    expect((await ctx.call('reporterKobenhavn', 'PUT', path(kk), values)).status).toBe(409);
    await ctx.call('coordinator', 'POST', `/programmes/${programmeId}/periods/${periodId}/reopen`);
    expect((await ctx.call('reporterKobenhavn', 'PUT', path(kk), values)).status).toBe(200);
  });

  async function upload(csv: string, contentType = 'text/csv') {
    const response = await fetch(`${ctx.url}${path(kk, '/csv')}`, {
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
    const template = await fetch(`${ctx.url}/programmes/${programmeId}/periods/${periodId}/template.csv`, {
      headers: { authorization: `Bearer ${await userToken(DEMO_USERS.reporterKobenhavn.username)}` },
    });
    expect(template.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await template.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that makes Excel read UTF-8
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFindikator;opdeling;værdi;kommentar\r\n')).toBe(true);
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
    const before = await ctx.call<{ latest: { values: unknown[] } }>('reporterKobenhavn', 'GET', path(kk));
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
    // Beyond the service's 5 MB body limit: refused before it is read, with problem details.
    const tooLarge = await upload(`indikator;opdeling;værdi\n${'hjemloese-unge;;1\n'.repeat(300_000)}`);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ status: 413, title: expect.any(String) as string });
    const after = await ctx.call<{ latest: { values: unknown[] } }>('reporterKobenhavn', 'GET', path(kk));
    expect(after.body.latest.values).toEqual(before.body.latest.values);
  });

  it('stores a comment per value from Danish Excel (æøå, a quoted line break) and from JSON, and returns it', async () => {
    const saved = await upload(
      '\uFEFFindikator;opdeling;værdi;kommentar\r\n' +
        'hjemloese-unge;;1.024;"Skønnet: én gruppe i Ærø mangler;\r\nopgøres igen"\r\n' +
        'hjemloese-unge;koen=kvinde;400;\r\n',
    );
    expect({ status: saved.status, errors: saved.body.errors }).toEqual({ status: 200, errors: undefined });
    const expected = [
      {
        indicator: 'hjemloese-unge',
        disaggregation: null,
        value: 1024,
        comment: 'Skønnet: én gruppe i Ærø mangler;\r\nopgøres igen',
      },
      { indicator: 'hjemloese-unge', disaggregation: 'koen=kvinde', value: 400 },
    ];
    expect(saved.body.values).toEqual(expected);
    const read = await ctx.call<{ latest: { values: unknown[] } }>('coordinator', 'GET', path(kk));
    expect(read.body.latest.values).toEqual(expected);
    const json = await ctx.call<{ values: unknown[] }>('reporterKobenhavn', 'PUT', path(kk), {
      values: [{ indicator: 'hjemloese-unge', value: 12, comment: '  Inkl. 2 fra Ålborg  ' }],
    });
    expect(json.body.values).toEqual([
      { indicator: 'hjemloese-unge', disaggregation: null, value: 12, comment: 'Inkl. 2 fra Ålborg' },
    ]);
  });

  it('refuses a comment longer than 500 characters, in a CSV cell or in JSON, and stores nothing', async () => {
    const before = await ctx.call<{ latest: { values: unknown[] } }>('reporterKobenhavn', 'GET', path(kk));
    const long = 'æ'.repeat(501);
    const csv = await upload(
      `indikator;opdeling;værdi;kommentar\nhjemloese-unge;;5;ok\nandel-i-uddannelse;;5;${long}\n`,
    );
    expect(csv.status).toBe(422);
    expect(pointers(csv.body)).toEqual(['/rows/3/kommentar']);
    const json = await ctx.call<Problem>('reporterKobenhavn', 'PUT', path(kk), {
      values: [{ indicator: 'hjemloese-unge', value: 5, comment: long }],
    });
    expect(json.status).toBe(400);
    expect(pointers(json.body)).toEqual(['/values/0/comment']);
    const after = await ctx.call<{ latest: { values: unknown[] } }>('reporterKobenhavn', 'GET', path(kk));
    expect(after.body.latest.values).toEqual(before.body.latest.values);
  });

  it('leaves the values out of its answers when asked for return=minimal, and keeps them all', async () => {
    const minimal = async (user: keyof typeof DEMO_USERS, method: string, url: string, body?: string) => {
      const response = await fetch(`${ctx.url}${url}`, {
        method,
        headers: {
          prefer: 'return=minimal',
          'content-type': 'text/csv',
          authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
        },
        ...(body === undefined ? {} : { body }),
      });
      const json = (await response.json()) as { status: string; values: unknown[]; valueCount: number };
      return { code: response.status, applied: response.headers.get('preference-applied'), ...json };
    };
    const saved = await minimal(
      'reporterKobenhavn',
      'PUT',
      path(kk, '/csv'),
      'indikator;opdeling;værdi\nhjemloese-unge;;31\nhjemloese-unge;koen=mand;17\nandel-i-uddannelse;;48,5\n',
    );
    expect(saved).toMatchObject({ code: 200, applied: 'return=minimal', values: [], valueCount: 3 });
    expect(await minimal('reporterKobenhavn', 'POST', path(kk, '/submit'))).toMatchObject({
      status: 'submitted',
      values: [],
      valueCount: 3,
    });
    expect(await minimal('coordinator', 'POST', path(kk, '/approve'))).toMatchObject({
      status: 'approved',
      values: [],
      valueCount: 3,
    });
    const history = await ctx.call<{ latest: { status: string; values: unknown[]; valueCount: number } }>(
      'reporterKobenhavn',
      'GET',
      path(kk),
    );
    expect(history.body.latest).toMatchObject({ status: 'approved', valueCount: 3 });
    expect(history.body.latest.values).toEqual([
      { indicator: 'andel-i-uddannelse', disaggregation: null, value: 48.5 },
      { indicator: 'hjemloese-unge', disaggregation: null, value: 31 },
      { indicator: 'hjemloese-unge', disaggregation: 'koen=mand', value: 17 },
    ]);
  });
});

describe('listing a programme’s submissions', () => {
  const programmeId = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const aarhus = DEMO_ORGANISATIONS.aarhus.id;
  const periods: Record<string, string> = {};
  const list = (user: Parameters<typeof ctx.call>[0], query = '') =>
    ctx.call<{ items: Record<string, unknown>[]; total: number }>(
      user,
      'GET',
      `/programmes/${programmeId}/submissions${query}`,
    );

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'liste-over-indberetninger', [
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [aarhus, ['data-provider']],
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
    ]);
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
      frequency: 'quarterly',
    });
    for (const period of ['2026-Q1', '2026-Q2']) {
      periods[period] = await ctx.openQuarter(programmeId, period, '2026-12-31');
    }
    const submission = (period: string, organisation: string) =>
      `/programmes/${programmeId}/periods/${periods[period]}/submissions/${organisation}`;
    const values = { values: [{ indicator: 'hjemloese-unge', value: 12 }] };
    // København: Q1 submitted, then returned and corrected (version 2, a draft); Q2 submitted.
    await ctx.call('reporterKobenhavn', 'PUT', submission('2026-Q1', kk), values);
    await ctx.call('reporterKobenhavn', 'POST', `${submission('2026-Q1', kk)}/submit`);
    await ctx.call('coordinator', 'POST', `${submission('2026-Q1', kk)}/return`, { comment: 'Tjek tallet.' });
    await ctx.call('reporterKobenhavn', 'PUT', submission('2026-Q1', kk), values);
    await ctx.call('reporterKobenhavn', 'PUT', submission('2026-Q2', kk), values);
    await ctx.call('reporterKobenhavn', 'POST', `${submission('2026-Q2', kk)}/submit`);
    // Aarhus: Q2 submitted.
    await ctx.call('reporterAarhus', 'PUT', submission('2026-Q2', aarhus), values);
    await ctx.call('reporterAarhus', 'POST', `${submission('2026-Q2', aarhus)}/submit`);
  });

  it('gives the backbone the latest version of every organisation, newest period first, without values', async () => {
    const all = await list('coordinator');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    const seen = all.body.items.map((item) => [
      item['periodId'],
      item['organisationId'],
      item['version'],
      item['status'],
    ]);
    // Within a period by organisation id: Aarhus (a61e…) before København (dd40…).
    expect(seen).toEqual([
      [periods['2026-Q2'], aarhus, 1, 'submitted'],
      [periods['2026-Q2'], kk, 1, 'submitted'],
      [periods['2026-Q1'], kk, 2, 'draft'],
    ]);
    for (const item of all.body.items) {
      expect(item).not.toHaveProperty('values');
      expect(item).not.toHaveProperty('valueCount');
      expect(item['programmeId']).toBe(programmeId);
      expect(typeof item['savedBy']).toBe('string');
    }
  });

  it('filters by status, period and organisation, and pages', async () => {
    const waiting = await list('coordinator', '?status=submitted');
    expect(waiting.body.items.map((item) => item['organisationId']).sort()).toEqual([aarhus, kk].sort());
    const q1 = await list('coordinator', `?periodId=${periods['2026-Q1']}`);
    expect(q1.body.items).toEqual([
      expect.objectContaining({ organisationId: kk, status: 'draft', version: 2 }),
    ]);
    const aarhusOnly = await list('coordinator', `?organisationId=${aarhus}`);
    expect(aarhusOnly.body.total).toBe(1);
    const second = await list('coordinator', '?limit=1&offset=1');
    expect(second.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(second.body.items).toHaveLength(1);
    const beyond = await list('coordinator', '?limit=2&offset=10');
    expect(beyond.body).toMatchObject({ total: 3, items: [] });
  });

  it("shows other members only their own organisation's submissions, and strangers nothing", async () => {
    const own = await list('reporterKobenhavn');
    expect(own.body.total).toBe(2);
    expect(new Set(own.body.items.map((item) => item['organisationId']))).toEqual(new Set([kk]));
    const funder = await list('helsefonden');
    expect(funder.status).toBe(200);
    expect(funder.body).toMatchObject({ total: 0, items: [] });
    expect((await list('member')).status).toBe(404);
  });

  it('names every bad query parameter at once', async () => {
    const refused = await ctx.call<Problem>(
      'coordinator',
      'GET',
      `/programmes/${programmeId}/submissions?status=maybe&periodId=nope&limit=0`,
    );
    expect(refused.status).toBe(400);
    expect(pointers(refused.body)).toEqual(expect.arrayContaining(['/status', '/periodId', '/limit']));
    expect((await ctx.call('coordinator', 'GET', `/programmes/not-a-uuid/submissions`)).status).toBe(400);
  });
});
