import { randomUUID } from 'node:crypto';
import type { DisaggregatedProgressDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/** The summed indicators by køn, from approved submissions, held back as cautiously as progress. */
const ctx = measurementSuite('disaggregation');
beforeAll(() => ctx.defineStandardIndicators());

describe('disaggregated progress', () => {
  const programmeId = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const aarhus = DEMO_ORGANISATIONS.aarhus.id;
  const path = `/programmes/${programmeId}/progress/disaggregations?period=2026-Q2`;

  async function report(
    user: 'reporterKobenhavn' | 'reporterAarhus',
    organisationId: string,
    periodId: string,
    [kvinde, mand]: [number, number],
  ) {
    const base = `/programmes/${programmeId}/periods/${periodId}/submissions/${organisationId}`;
    const saved = await ctx.call(user, 'PUT', base, {
      values: [
        { indicator: 'hjemloese-unge', value: kvinde + mand },
        { indicator: 'hjemloese-unge', disaggregation: 'koen=kvinde', value: kvinde },
        { indicator: 'hjemloese-unge', disaggregation: 'koen=mand', value: mand },
      ],
    });
    expect(saved.status).toBe(200);
    expect((await ctx.call(user, 'POST', `${base}/submit`)).status).toBe(200);
    expect((await ctx.call('coordinator', 'POST', `${base}/approve`)).status).toBe(200);
  }

  const koen = (body: DisaggregatedProgressDto) =>
    body.indicators.find((indicator) => indicator.code === 'hjemloese-unge')?.dimensions[0];

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'disaggregation', [
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [aarhus, ['data-provider']],
    ]);
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
      frequency: 'quarterly',
    });
    const periodId = await ctx.openQuarter(programmeId, '2026-Q2', '2099-12-31');
    await report('reporterKobenhavn', kk, periodId, [10, 20]);
    await report('reporterAarhus', aarhus, periodId, [15, 25]);
  }, 60_000);

  it('holds back a sensitive count’s dimension over fewer organisations than the programme’s minimum', async () => {
    const funder = await ctx.call<DisaggregatedProgressDto>('helsefonden', 'GET', path);
    expect(funder.status).toBe(200);
    expect(koen(funder.body)).toEqual({
      code: 'koen',
      name: 'Køn',
      contributors: 2,
      suppressed: true,
      categories: [
        { code: 'kvinde', value: null },
        { code: 'mand', value: null },
        { code: 'andet', value: null },
      ],
    });
  });

  it('sums each category over the organisations once enough of them contributed', async () => {
    const settings = { rules: [], suppressBelow: 5, minContributors: 2 };
    const changed = await ctx.call(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/measurement-settings`,
      settings,
    );
    expect(changed.status).toBe(200);
    const funder = await ctx.call<DisaggregatedProgressDto>('helsefonden', 'GET', path);
    expect(koen(funder.body)?.categories).toEqual([
      { code: 'kvinde', value: 25 },
      { code: 'mand', value: 45 },
      { code: 'andet', value: null },
    ]);
    // København minus its own figures would read Aarhus's: held back from København's reporter.
    const reporter = await ctx.call<DisaggregatedProgressDto>('reporterKobenhavn', 'GET', path);
    expect(koen(reporter.body)?.suppressed).toBe(true);
  });

  it('refuses a caller outside the programme, and names a malformed period', async () => {
    expect((await ctx.call('bikubenfonden', 'GET', path)).status).toBe(404);
    const bad = await ctx.call<Problem>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress/disaggregations?period=Q2-2026`,
    );
    expect(pointers(bad.body)).toEqual(['/period']);
  });
});
