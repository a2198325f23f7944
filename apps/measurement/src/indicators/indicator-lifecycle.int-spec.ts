import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { IndicatorDto, Page } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import {
  measurementSuite,
  pointers,
  STANDARD_INDICATORS,
  type Problem,
} from '../../test/measurement-api.fixture.js';

/** Versions and retirement of library indicators, and what they mean for programmes. */
const ctx = measurementSuite('indicator_lifecycle');
beforeAll(() => ctx.defineStandardIndicators());

describe('indicator versions and retirement', () => {
  const programmeId = randomUUID();
  const [youthHomeless] = STANDARD_INDICATORS;
  const { code: _code, ...fields } = youthHomeless;
  const byCode = async (code: string): Promise<IndicatorDto> => {
    const page = await ctx.call<Page<IndicatorDto>>('member', 'GET', `/indicators?q=${code}&limit=200`);
    const found = page.body.items.find((item) => item.code === code);
    if (!found) throw new Error(`no indicator ${code}`);
    return found;
  };
  const track = (code: string) =>
    ctx.call<Problem>('coordinator', 'PUT', `/programmes/${programmeId}/indicators/${code}`, {
      frequency: 'annual',
      targets: [{ period: '2027', value: 10 }],
    });
  const outboxTypes = async (subject: string): Promise<string[]> => {
    const rows = await ctx.app
      .get(DataSource)
      .query<{ type: string }[]>(
        `SELECT split_part(event_type, '.', 5) AS type FROM outbox_message WHERE message_key = $1 ORDER BY position`,
        [subject],
      );
    return rows.map((row) => row.type);
  };

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'lifecycle', [[DEMO_ORGANISATIONS.backbone.id, ['backbone']]]);
    expect((await track('hjemloese-unge')).status).toBe(200);
  });

  it('adds a version in the same lineage, supersedes the old one and tells of both', async () => {
    const first = await byCode('hjemloese-unge');
    const second = await ctx.call<IndicatorDto>('coordinator', 'POST', `/indicators/${first.id}/versions`, {
      ...fields,
      nameDa: 'Hjemløse unge 18-29 år',
      nameEn: 'Homeless young people aged 18-29',
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      code: 'hjemloese-unge.v2',
      lineage: 'hjemloese-unge',
      version: 2,
      status: 'current',
      nameEn: 'Homeless young people aged 18-29',
    });
    expect(await byCode('hjemloese-unge')).toMatchObject({
      status: 'superseded',
      supersededBy: 'hjemloese-unge.v2',
    });
    expect(await outboxTypes(second.body.id)).toEqual(['defined', 'versioned']);
    const current = await ctx.call<Page<IndicatorDto>>('member', 'GET', '/indicators?status=current&q=hjeml');
    expect(current.body.items.map((item) => item.code)).toEqual(['hjemloese-unge.v2']);
  });

  it('versions only the current version (409) and names every bad field of a version', async () => {
    const first = await byCode('hjemloese-unge');
    const again = await ctx.call<Problem>('coordinator', 'POST', `/indicators/${first.id}/versions`, fields);
    expect(again.status).toBe(409);
    const current = await byCode('hjemloese-unge.v2');
    const bad = await ctx.call<Problem>('coordinator', 'POST', `/indicators/${current.id}/versions`, {
      ...fields,
      code: 'new-code',
      unit: 'percent',
      scale: 2,
      nameDa: '',
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/code', '/nameDa', '/scale', '/sensitive']);
    const semantic = await ctx.call<Problem>('coordinator', 'POST', `/indicators/${current.id}/versions`, {
      ...fields,
      unit: 'percent',
      scale: 2,
      min: 5,
      max: 1,
    });
    expect(semantic.status).toBe(400);
    expect(pointers(semantic.body)).toEqual(['/max', '/scale', '/sensitive']);
    expect((await byCode('hjemloese-unge.v2')).status).toBe('current');
    const unknown = await ctx.call('coordinator', 'POST', `/indicators/${randomUUID()}/versions`, fields);
    expect(unknown.status).toBe(404);
  });

  it('retires an indicator: programmes keep it and edit it, but none adds it anew', async () => {
    const first = await byCode('hjemloese-unge');
    const retired = await ctx.call<IndicatorDto>('coordinator', 'POST', `/indicators/${first.id}/retire`);
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ status: 'retired', supersededBy: 'hjemloese-unge.v2' });
    expect(retired.body.retiredAt).not.toBeNull();
    expect((await ctx.call('coordinator', 'POST', `/indicators/${first.id}/retire`)).status).toBe(409);
    expect(await outboxTypes(first.id)).toEqual(['defined', 'retired']);
    // The programme that tracked it keeps it, targets and all, and may still change them.
    expect((await track('hjemloese-unge')).status).toBe(200);
    const target = await ctx.call<IndicatorDto>('admin', 'POST', '/indicators', {
      ...STANDARD_INDICATORS[1],
      code: 'til-pension',
    });
    await ctx.call('admin', 'POST', `/indicators/${target.body.id}/retire`);
    const added = await track('til-pension');
    expect(added.status).toBe(409);
    expect(pointers(added.body)).toEqual(['/code']);
    const tracked = await ctx.call<{ code: string }[]>(
      'coordinator',
      'GET',
      `/programmes/${programmeId}/indicators`,
    );
    expect(tracked.body.map((item) => item.code)).toEqual(['hjemloese-unge']);
  });

  it('refuses versions and retirement to reporters, members and foundation officers', async () => {
    const current = await byCode('hjemloese-unge.v2');
    for (const user of ['reporterKobenhavn', 'member', 'helsefonden'] as const) {
      const version = await ctx.call(user, 'POST', `/indicators/${current.id}/versions`, fields);
      const retire = await ctx.call(user, 'POST', `/indicators/${current.id}/retire`);
      expect({ user, version: version.status, retire: retire.status }).toEqual({
        user,
        version: 403,
        retire: 403,
      });
    }
    expect((await byCode('hjemloese-unge.v2')).status).toBe('current');
  });
});
