import { randomUUID } from 'node:crypto';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/** Progress from approved submissions, with small-number suppression and per-programme settings. */
const ctx = measurementSuite('progress');
beforeAll(() => ctx.defineStandardIndicators());

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
    const saved = await ctx.call(user, 'PUT', base, {
      values: Object.entries(values).map(([indicator, value]) => ({ indicator, value })),
    });
    expect(saved.status).toBe(200);
    expect((await ctx.call(user, 'POST', `${base}/submit`)).status).toBe(200);
    expect((await ctx.call('coordinator', 'POST', `${base}/approve`)).status).toBe(200);
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
      organisations: { organisationId: string; value: number | '<5' | 'suppressed' }[];
    }[];
  };
  const indicator = (progress: Progress, code: string) =>
    progress.indicators.find((item) => item.code === code)!;

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'progress', [
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [aarhus, ['data-provider']],
    ]);
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
      frequency: 'quarterly',
      baseline: { period: '2025-Q4', value: 100 },
      targets: [{ period: '2026-Q2', value: 80 }],
    });
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/unge-i-maalgruppe`, {
      frequency: 'quarterly',
      baseline: { period: '2025-Q4', value: 100 },
      targets: [{ period: '2026-Q2', value: 500 }],
    });
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/andel-i-uddannelse`, {
      frequency: 'quarterly',
    });
    for (const [period, dueDate] of [
      ['2026-Q1', '2026-04-30'],
      ['2026-Q2', '2099-12-31'],
    ] as const) {
      periods[period] = await ctx.openQuarter(programmeId, period, dueDate);
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
    const progress = await ctx.call<Progress>(
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
    const funder = await ctx.call<Progress>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    const homeless = indicator(funder.body, 'hjemloese-unge');
    expect(homeless).toMatchObject({ aggregate: null, aggregateSuppressed: true, attainmentPercent: null });
    const shown = Object.fromEntries(
      homeless.organisations.map((entry) => [entry.organisationId, entry.value]),
    );
    // Two organisations are fewer than the programme's minimum of three: Aarhus's 40 beside a
    // hidden total would give the total away, so it is hidden too (but not from Aarhus).
    expect(shown).toEqual({ [kk]: '<5', [aarhus]: 'suppressed' });
    const own = await ctx.call<Progress>(
      'reporterKobenhavn',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    expect(
      indicator(own.body, 'hjemloese-unge').organisations.find((entry) => entry.organisationId === kk)?.value,
    ).toBe(3);
    const backbone = await ctx.call<Progress>(
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
    const progress = await ctx.call<Progress>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    expect(indicator(progress.body, 'unge-i-maalgruppe')).toMatchObject({ aggregate: 350, contributors: 2 });
  });

  it("applies the programme's cross-indicator rules and suppression thresholds", async () => {
    const settings = `/programmes/${programmeId}/measurement-settings`;
    expect(
      (await ctx.call<{ minContributors: number }>('helsefonden', 'GET', settings)).body.minContributors,
    ).toBe(3);
    const unknown = await ctx.call<Problem>('coordinator', 'PUT', settings, {
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
    expect((await ctx.call('reporterKobenhavn', 'PUT', settings, rules)).status).toBe(403);
    expect((await ctx.call('coordinator', 'PUT', settings, rules)).status).toBe(200);

    const funder = await ctx.call<Progress>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    const homeless = indicator(funder.body, 'hjemloese-unge');
    expect(homeless).toMatchObject({ aggregate: 43, aggregateSuppressed: false });
    // 43 beside Aarhus's 40 would give København's 3 away: Aarhus's figure is held back instead.
    expect(homeless.organisations.map((entry) => entry.value).sort()).toEqual(['<5', 'suppressed']);

    const broken = await ctx.call<Problem>(
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
      (await ctx.call('bikubenfonden', 'GET', `/programmes/${programmeId}/progress?period=2026-Q2`)).status,
    ).toBe(404);
    expect(
      (await ctx.call('helsefonden', 'GET', `/programmes/${programmeId}/progress?period=2030-Q1`)).status,
    ).toBe(404);
    const bad = await ctx.call<Problem>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=Q2-2026`,
    );
    expect(pointers(bad.body)).toEqual(['/period']);
  });
  it('aggregates means and latest values, and follows a correction', async () => {
    for (const [code, aggregation] of [
      ['trivsel-score', 'mean'],
      ['ventetid-seneste', 'latest'],
    ] as const) {
      const defined = await ctx.call('admin', 'POST', '/indicators', {
        code,
        nameDa: code,
        nameEn: code,
        unit: 'score',
        valueType: 'decimal',
        scale: 1,
        aggregation,
        polarity: 'higher-is-better',
      });
      expect(defined.status).toBe(201);
      const configured = await ctx.call(
        'coordinator',
        'PUT',
        `/programmes/${programmeId}/indicators/${code}`,
        {
          frequency: 'quarterly',
        },
      );
      expect(configured.status).toBe(200);
    }
    const opened = await ctx.call<{ id: string }>(
      'coordinator',
      'POST',
      `/programmes/${programmeId}/periods`,
      {
        frequency: 'quarterly',
        period: '2026-Q3',
        dueDate: '2099-12-31',
      },
    );
    periods['2026-Q3'] = opened.body.id;
    const read = async () =>
      (await ctx.call<Progress>('coordinator', 'GET', `/programmes/${programmeId}/progress?period=2026-Q3`))
        .body;
    // The programme's required indicators come along in every submission.
    const required = { 'hjemloese-unge': 10, 'unge-i-maalgruppe': 100, 'andel-i-uddannelse': 50 };
    await report('reporterKobenhavn', kk, '2026-Q3', {
      ...required,
      'trivsel-score': 6,
      'ventetid-seneste': 10,
    });
    await report('reporterAarhus', aarhus, '2026-Q3', {
      ...required,
      'trivsel-score': 9,
      'ventetid-seneste': 30,
    });
    let progress = await read();
    expect([
      indicator(progress, 'trivsel-score').aggregate,
      indicator(progress, 'ventetid-seneste').aggregate,
    ]).toEqual([7.5, 30]);
    await report('reporterKobenhavn', kk, '2026-Q3', {
      ...required,
      'trivsel-score': 8,
      'ventetid-seneste': 20.5,
    });
    progress = await read();
    expect([
      indicator(progress, 'trivsel-score').aggregate,
      indicator(progress, 'ventetid-seneste').aggregate,
      indicator(progress, 'ventetid-seneste').contributors,
    ]).toEqual([8.5, 20.5, 2]);
  });

  it("never lets a member work out another organisation's small count from its own value, now or next period", async () => {
    // Aarhus knows its own 40 of 2026-Q2's 43, so the total would give København's 3 away.
    const q2 = await ctx.call<Progress>(
      'reporterAarhus',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    const homeless = indicator(q2.body, 'hjemloese-unge');
    expect(homeless).toMatchObject({ aggregate: null, aggregateSuppressed: true, attainmentPercent: null });
    expect(
      Object.fromEntries(homeless.organisations.map((entry) => [entry.organisationId, entry.value])),
    ).toEqual({
      [kk]: '<5',
      [aarhus]: 40,
    });
    // Nor as 2026-Q3's previous aggregate and trend.
    const q3 = await ctx.call<Progress>(
      'reporterAarhus',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q3`,
    );
    expect(indicator(q3.body, 'hjemloese-unge')).toMatchObject({
      aggregate: 20,
      previousAggregate: null,
      trend: null,
    });
    // The funder saw 43 in 2026-Q2 (with Aarhus's figure held back), so it may see it as previous.
    const funder = await ctx.call<Progress>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q3`,
    );
    expect(indicator(funder.body, 'hjemloese-unge')).toMatchObject({ previousAggregate: 43, trend: 'down' });
  });
});
