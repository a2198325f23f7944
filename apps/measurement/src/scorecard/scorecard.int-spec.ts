import { randomUUID } from 'node:crypto';
import type { IndicatorComparisonDto, ProgressDto, ScorecardDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/** Results-Based Accountability: classification, scorecards per programme and goal, comparisons. */
const ctx = measurementSuite('scorecard');
beforeAll(() => ctx.defineStandardIndicators());

describe('scorecards and comparisons', () => {
  const programmeId = randomUUID();
  const otherProgrammeId = randomUUID();
  const population = randomUUID();
  const activities = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const aarhus = DEMO_ORGANISATIONS.aarhus.id;
  const scorecardPath = `/programmes/${programmeId}/scorecard`;

  async function report(
    user: 'reporterKobenhavn' | 'reporterAarhus',
    programme: string,
    organisationId: string,
    periodId: string,
    values: Record<string, number>,
  ) {
    const base = `/programmes/${programme}/periods/${periodId}/submissions/${organisationId}`;
    const saved = await ctx.call(user, 'PUT', base, {
      values: Object.entries(values).map(([indicator, value]) => ({ indicator, value })),
    });
    expect(saved.status).toBe(200);
    expect((await ctx.call(user, 'POST', `${base}/submit`)).status).toBe(200);
    expect((await ctx.call('coordinator', 'POST', `${base}/approve`)).status).toBe(200);
  }

  const configure = (programme: string, code: string, body: Record<string, unknown>) =>
    ctx.call<Problem & { rbaKind?: string; performanceQuestion?: string | null; goodDirection?: string }>(
      'coordinator',
      'PUT',
      `/programmes/${programme}/indicators/${code}`,
      body,
    );

  beforeAll(async () => {
    await ctx.seedProgramme(
      programmeId,
      'scorecard',
      [
        [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
        [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
        [kk, ['data-provider']],
        [aarhus, ['data-provider']],
      ],
      [
        { id: population, title: 'Færre unge uden hjem', position: 1 },
        { id: activities, title: 'Flere unge i forløb', position: 2 },
      ],
    );
    await ctx.seedProgramme(otherProgrammeId, 'scorecard-other', [
      [DEMO_ORGANISATIONS.bikubenfonden.id, ['funder']],
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [aarhus, ['data-provider']],
    ]);
    const settings = { rules: [], suppressBelow: 5, minContributors: 2 };
    expect(
      (await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/measurement-settings`, settings))
        .status,
    ).toBe(200);
    expect(
      (
        await configure(programmeId, 'hjemloese-unge', {
          frequency: 'quarterly',
          baseline: { period: '2025-Q4', value: 100 },
          targets: [{ period: '2026-Q2', value: 80 }],
          goalIds: [population],
          rbaKind: 'population',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await configure(programmeId, 'unge-i-maalgruppe', {
          frequency: 'quarterly',
          goalIds: [activities],
          rbaKind: 'performance',
          performanceQuestion: 'how-much',
          goodDirection: 'up',
        })
      ).status,
    ).toBe(200);
    expect((await configure(otherProgrammeId, 'hjemloese-unge', { frequency: 'quarterly' })).status).toBe(
      200,
    );
    const q1 = await ctx.openQuarter(programmeId, '2026-Q1', '2099-12-31');
    const q2 = await ctx.openQuarter(programmeId, '2026-Q2', '2099-12-31');
    const otherQ1 = await ctx.openQuarter(otherProgrammeId, '2026-Q1', '2099-12-31');
    await report('reporterKobenhavn', programmeId, kk, q1, {
      'hjemloese-unge': 60,
      'unge-i-maalgruppe': 200,
    });
    await report('reporterAarhus', programmeId, aarhus, q1, {
      'hjemloese-unge': 50,
      'unge-i-maalgruppe': 90,
    });
    await report('reporterKobenhavn', programmeId, kk, q2, { 'hjemloese-unge': 3, 'unge-i-maalgruppe': 260 });
    await report('reporterAarhus', programmeId, aarhus, q2, {
      'hjemloese-unge': 40,
      'unge-i-maalgruppe': 100,
    });
    await report('reporterAarhus', otherProgrammeId, aarhus, otherQ1, { 'hjemloese-unge': 30 });
  }, 120_000);

  const card = (body: ScorecardDto, code: string) => body.indicators.find((item) => item.code === code)!;

  it('keeps the classification, leaves it as it was when left out, and names a question without a performance measure', async () => {
    const kept = await configure(programmeId, 'unge-i-maalgruppe', { frequency: 'quarterly' });
    expect(kept.body).toMatchObject({
      rbaKind: 'performance',
      performanceQuestion: 'how-much',
      goodDirection: 'up',
    });
    const bad = await configure(programmeId, 'unge-i-maalgruppe', {
      frequency: 'quarterly',
      rbaKind: 'population',
      performanceQuestion: 'better-off',
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/performanceQuestion']);
    const sideways = await configure(programmeId, 'unge-i-maalgruppe', {
      frequency: 'quarterly',
      rbaKind: 'sometimes',
      goodDirection: 'sideways',
    });
    expect(pointers(sideways.body)).toEqual(['/goodDirection', '/rbaKind']);
    const unchanged = await ctx.call<{ code: string; rbaKind: string }[]>(
      'coordinator',
      'GET',
      `/programmes/${programmeId}/indicators`,
    );
    expect(unchanged.body.find((item) => item.code === 'unge-i-maalgruppe')?.rbaKind).toBe('performance');
  });

  it('draws each curve as progress shows it to the caller, with baseline, targets, direction and turning the curve', async () => {
    const funder = await ctx.call<ScorecardDto>('helsefonden', 'GET', scorecardPath);
    expect(funder.status).toBe(200);
    const performance = card(funder.body, 'unge-i-maalgruppe');
    expect(performance).toMatchObject({
      rbaKind: 'performance',
      performanceQuestion: 'how-much',
      goodDirection: 'up',
    });
    expect(performance.curve).toEqual([
      { period: '2026-Q1', value: 290, target: null },
      { period: '2026-Q2', value: 360, target: null },
    ]);
    // One earlier value: a flat forecast of 290, beaten by 360 where up is good.
    expect(performance.turningTheCurve).toEqual({
      status: 'turning',
      period: '2026-Q2',
      forecast: 290,
      actual: 360,
    });
    const homeless = card(funder.body, 'hjemloese-unge');
    expect(homeless).toMatchObject({ rbaKind: 'population', goodDirection: 'down' });
    expect(homeless.baseline).toEqual({ period: '2025-Q4', value: 100 });
    const progress = await ctx.call<ProgressDto>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress?period=2026-Q2`,
    );
    const shown = progress.body.indicators.find((item) => item.code === 'hjemloese-unge')?.aggregate;
    expect(homeless.curve[1]).toEqual({ period: '2026-Q2', value: shown, target: 80 });
    // Aarhus alone reported in the other programme, under its minimum of 3 contributors: held back.
    const other = await ctx.call<ScorecardDto>(
      'helsefonden',
      'GET',
      `/programmes/${otherProgrammeId}/scorecard`,
    );
    expect(card(other.body, 'hjemloese-unge').curve).toEqual([
      { period: '2026-Q1', value: null, target: null },
    ]);
    expect(card(other.body, 'hjemloese-unge').turningTheCurve.status).toBe('insufficient-data');
    // Aarhus's own reporter knows its value and sees it.
    const own = await ctx.call<ScorecardDto>(
      'reporterAarhus',
      'GET',
      `/programmes/${otherProgrammeId}/scorecard`,
    );
    expect(card(own.body, 'hjemloese-unge').curve[0]?.value).toBe(30);
  });

  it('shows one goal’s indicators, and names a goal that is not the programme’s', async () => {
    const goal = await ctx.call<ScorecardDto>('coordinator', 'GET', `${scorecardPath}?goalId=${activities}`);
    expect(goal.body.indicators.map((item) => item.code)).toEqual(['unge-i-maalgruppe']);
    expect(goal.body.goalId).toBe(activities);
    const bad = await ctx.call<Problem>('coordinator', 'GET', `${scorecardPath}?goalId=${randomUUID()}`);
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual(['/goalId']);
  });

  it('refuses the scorecard to a caller outside the programme', async () => {
    expect((await ctx.call('bikubenfonden', 'GET', scorecardPath)).status).toBe(404);
    expect((await ctx.call('member', 'GET', scorecardPath)).status).toBe(404);
    expect((await ctx.call(null, 'GET', scorecardPath)).status).toBe(401);
  });

  it('sets one code side by side across the programmes a foundation funds, suppression kept', async () => {
    const helsefonden = await ctx.call<IndicatorComparisonDto>(
      'helsefonden',
      'GET',
      '/indicators/hjemloese-unge/comparison',
    );
    expect(helsefonden.status).toBe(200);
    const byId = new Map(helsefonden.body.programmes.map((programme) => [programme.programmeId, programme]));
    expect(byId.get(programmeId)?.curve[0]).toEqual({ period: '2026-Q1', value: 110, target: null });
    // Aarhus alone in the other programme, under its minimum of 3 contributors: held back.
    expect(byId.get(otherProgrammeId)?.curve).toEqual([{ period: '2026-Q1', value: null, target: null }]);
    const bikuben = await ctx.call<IndicatorComparisonDto>(
      'bikubenfonden',
      'GET',
      '/indicators/hjemloese-unge/comparison',
    );
    expect(bikuben.body.programmes.map((programme) => programme.programmeId)).toEqual([otherProgrammeId]);
  });

  it('refuses comparisons to callers who are not foundation officers, and names an unknown code', async () => {
    expect((await ctx.call('reporterKobenhavn', 'GET', '/indicators/hjemloese-unge/comparison')).status).toBe(
      403,
    );
    expect((await ctx.call('coordinator', 'GET', '/indicators/hjemloese-unge/comparison')).status).toBe(403);
    expect((await ctx.call('helsefonden', 'GET', '/indicators/findes-ikke/comparison')).status).toBe(404);
  });
});
