import { randomUUID } from 'node:crypto';
import type { AnalyticsDto, AnalyticsRowDto, ProgressDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { DataSource } from 'typeorm';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/**
 * The analytics pivot over approved values: København and Aarhus report through the API; three
 * more municipalities' approved values are put in the projection directly (there are only two
 * demo reporters), before the approvals recompute the aggregates over all five.
 */
const ctx = measurementSuite('analytics');
beforeAll(() => ctx.defineStandardIndicators());

describe('analytics', () => {
  const programmeId = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const aarhus = DEMO_ORGANISATIONS.aarhus.id;
  // Gentofte (Hovedstaden), Randers (Midtjylland), Odense (Syddanmark).
  const gentofte = randomUUID();
  const randers = randomUUID();
  const odense = randomUUID();
  const path = (query: string) => `/programmes/${programmeId}/analytics?${query}`;
  const read = async (user: 'helsefonden' | 'reporterKobenhavn' | 'coordinator', query: string) => {
    const response = await ctx.call<AnalyticsDto>(user, 'GET', path(query));
    expect(response.status).toBe(200);
    return response.body.rows;
  };
  const values = (rows: AnalyticsRowDto[]) => rows.map((row) => row.value);

  async function report(
    user: 'reporterKobenhavn' | 'reporterAarhus',
    organisationId: string,
    periodId: string,
    [kvinde, mand, maalgruppe]: [number, number, number],
  ) {
    const base = `/programmes/${programmeId}/periods/${periodId}/submissions/${organisationId}`;
    const saved = await ctx.call(user, 'PUT', base, {
      values: [
        { indicator: 'hjemloese-unge', value: kvinde + mand },
        { indicator: 'hjemloese-unge', disaggregation: 'koen=kvinde', value: kvinde },
        { indicator: 'hjemloese-unge', disaggregation: 'koen=mand', value: mand },
        { indicator: 'unge-i-maalgruppe', value: maalgruppe },
      ],
    });
    expect(saved.status).toBe(200);
    expect((await ctx.call(user, 'POST', `${base}/submit`)).status).toBe(200);
    expect((await ctx.call('coordinator', 'POST', `${base}/approve`)).status).toBe(200);
  }

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'analytics', [
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [aarhus, ['data-provider']],
    ]);
    for (const code of ['hjemloese-unge', 'unge-i-maalgruppe'])
      await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/${code}`, {
        frequency: 'quarterly',
      });
    const db = ctx.app.get(DataSource);
    const places: [string, string, string, string][] = [
      [kk, 'Københavns Kommune', '101', '1084'],
      [aarhus, 'Aarhus Kommune', '751', '1082'],
      [gentofte, 'Gentofte Kommune', '157', '1084'],
      [randers, 'Randers Kommune', '730', '1082'],
      [odense, 'Odense Kommune', '461', '1083'],
    ];
    for (const [id, name, kommunekode, region] of places) {
      await db.query(
        `INSERT INTO known_organisation (id, name, type, archived, registered_at, last_event_id)
         VALUES ($1, $2, 'municipality', false, now(), $3) ON CONFLICT (id) DO NOTHING`,
        [id, name, randomUUID()],
      );
      await db.query(
        `INSERT INTO organisation_place (organisation_id, kommunekode, region_code) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id) DO UPDATE SET kommunekode = EXCLUDED.kommunekode, region_code = EXCLUDED.region_code`,
        [id, kommunekode, region],
      );
    }
    const direct = async (organisationId: string, period: string, code: string, value: number) =>
      db.query<unknown>(
        `INSERT INTO progress_value (programme_id, indicator_id, period, organisation_id, value, submission_id)
         SELECT $1, id, $2, $3, $4, $5 FROM indicator WHERE code = $6`,
        [programmeId, period, organisationId, value, randomUUID(), code],
      );
    for (const [organisationId, homeless, maalgruppe] of [
      [gentofte, 40, 100],
      [randers, 50, 200],
      [odense, 60, 300],
    ] as const) {
      await direct(organisationId, '2026-Q2', 'hjemloese-unge', homeless);
      await direct(organisationId, '2026-Q2', 'unge-i-maalgruppe', maalgruppe);
    }
    // An earlier quarter with its aggregate, for the period range.
    await direct(odense, '2026-Q1', 'unge-i-maalgruppe', 280);
    await db.query(
      `INSERT INTO progress_aggregate (programme_id, indicator_id, period, value, contributors)
       SELECT $1, id, '2026-Q1', 280, 1 FROM indicator WHERE code = 'unge-i-maalgruppe'`,
      [programmeId],
    );
    const periodId = await ctx.openQuarter(programmeId, '2026-Q2', '2099-12-31');
    await report('reporterKobenhavn', kk, periodId, [10, 20, 400]);
    await report('reporterAarhus', aarhus, periodId, [1, 2, 500]);
  }, 90_000);

  it('sums a count by region, with the region’s name and contributors, and filters indicators, periods and regions', async () => {
    const rows = await read('helsefonden', 'by=region&indicators=unge-i-maalgruppe&from=2026-Q2&to=2026');
    expect(
      rows.map(({ regionCode, regionName, value, contributors }) => ({
        regionCode,
        regionName,
        value,
        contributors,
      })),
    ).toEqual(
      expect.arrayContaining([
        { regionCode: '1084', regionName: 'Region Hovedstaden', value: 500, contributors: 2 },
        { regionCode: '1082', regionName: 'Region Midtjylland', value: 700, contributors: 2 },
        { regionCode: '1083', regionName: 'Region Syddanmark', value: 300, contributors: 1 },
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => `${row.indicator} ${row.period}`))).toEqual(
      new Set(['unge-i-maalgruppe 2026-Q2']),
    );

    const both = await read('helsefonden', 'indicators=unge-i-maalgruppe');
    expect(both.map((row) => [row.period, row.value])).toEqual([
      ['2026-Q1', 280],
      ['2026-Q2', 1500],
    ]);
    const hovedstaden = await read(
      'helsefonden',
      'by=region&indicators=unge-i-maalgruppe&regions=1084&to=2026-Q2',
    );
    expect(hovedstaden.map((row) => [row.period, row.regionCode, row.value])).toEqual([
      ['2026-Q2', '1084', 500],
    ]);
    const two = await read(
      'helsefonden',
      `indicators=unge-i-maalgruppe&from=2026-Q2&organisations=${gentofte},${randers}`,
    );
    expect(values(two)).toEqual([300]);
  });

  it('shows each organisation’s value exactly as the progress read shows it to the same caller', async () => {
    for (const user of ['helsefonden', 'reporterKobenhavn'] as const) {
      const progress = await ctx.call<ProgressDto>(
        user,
        'GET',
        `/programmes/${programmeId}/progress?period=2026-Q2`,
      );
      const homeless = progress.body.indicators.find((indicator) => indicator.code === 'hjemloese-unge');
      const rows = await read(user, 'by=organisation&indicators=hjemloese-unge&from=2026-Q2');
      expect(rows.map((row) => [row.organisationId, row.value])).toEqual(
        homeless?.organisations.map((organisation) => [organisation.organisationId, organisation.value]),
      );
      const total = await read(user, 'indicators=hjemloese-unge&from=2026-Q2');
      expect(values(total)).toEqual([homeless?.aggregateSuppressed ? 'suppressed' : homeless?.aggregate]);
    }
    // Aarhus's 3 is a small count: "<5" to the funder, and one more cell hidden so it cannot be worked out.
    const funder = await read('helsefonden', 'by=organisation&indicators=hjemloese-unge&from=2026-Q2');
    const byId = new Map(funder.map((row) => [row.organisationId, row.value]));
    expect(byId.get(aarhus)).toBe('<5');
    expect(values(funder).filter((value) => value === 'suppressed')).toHaveLength(1);
    const own = await read(
      'reporterKobenhavn',
      `by=organisation&indicators=hjemloese-unge&from=2026-Q2&organisations=${kk}`,
    );
    expect(values(own)).toEqual([30]);
  });

  it('holds back a sensitive count’s regions that would give a small count away or cover too few organisations', async () => {
    const rows = await read('helsefonden', 'by=region&indicators=hjemloese-unge&from=2026-Q2');
    expect(rows).toHaveLength(3);
    // Hovedstaden and Midtjylland would read København's and Aarhus's hidden values beside the
    // other two shown in progress; Syddanmark is one organisation.
    expect(values(rows)).toEqual(['suppressed', 'suppressed', 'suppressed']);
    // A subset of the organisations is a group like a region: Aarhus's hidden 3 stays hidden.
    const subset = await read(
      'helsefonden',
      `indicators=hjemloese-unge&from=2026-Q2&organisations=${aarhus},${randers},${odense}`,
    );
    expect(values(subset)).toEqual(['suppressed']);
  });

  it('splits a summed indicator by its categories, held back whole as the disaggregated progress is', async () => {
    const funder = await read('helsefonden', 'by=disaggregation&indicators=hjemloese-unge&from=2026-Q2');
    expect(funder.map((row) => [row.disaggregation, row.value])).toEqual([
      [null, 183],
      ['koen=kvinde', 'suppressed'],
      ['koen=mand', 'suppressed'],
      ['koen=andet', 'suppressed'],
    ]);
    const coordinator = await read(
      'coordinator',
      'by=disaggregation,organisation&indicators=hjemloese-unge&from=2026-Q2',
    );
    const kobenhavn = coordinator.filter((row) => row.organisationId === kk);
    expect(kobenhavn.map((row) => [row.disaggregation, row.value])).toEqual([
      [null, 'suppressed'],
      ['koen=kvinde', 'suppressed'],
      ['koen=mand', 'suppressed'],
      ['koen=andet', 'suppressed'],
    ]);
    const reporter = await read(
      'reporterKobenhavn',
      'by=disaggregation,organisation&indicators=hjemloese-unge&from=2026-Q2',
    );
    expect(
      reporter.filter((row) => row.organisationId === kk).map((row) => [row.disaggregation, row.value]),
    ).toEqual([
      [null, 30],
      ['koen=kvinde', 10],
      ['koen=mand', 20],
      ['koen=andet', null],
    ]);
  });

  it('refuses a caller outside the programme, and names every bad parameter', async () => {
    expect((await ctx.call('bikubenfonden', 'GET', path('by=region'))).status).toBe(404);
    const bad = await ctx.call<Problem>(
      'helsefonden',
      'GET',
      path('by=organisation,region&from=Q1&regions=9999'),
    );
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/by', '/from', '/regions/0']);
  });
});
