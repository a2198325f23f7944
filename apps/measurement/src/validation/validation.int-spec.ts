import { randomUUID } from 'node:crypto';
import type { ValidationReportDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { measurementSuite } from '../../test/measurement-api.fixture.js';

/** The cross-indicator rules evaluated over the approved history, for the backbone. */
const ctx = measurementSuite('validation');
beforeAll(() => ctx.defineStandardIndicators());

describe('the validation report', () => {
  const programmeId = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const path = `/programmes/${programmeId}/validation-report`;

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'validation', [
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
    ]);
    for (const code of ['hjemloese-unge', 'unge-i-maalgruppe'])
      expect(
        (
          await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/${code}`, {
            frequency: 'quarterly',
          })
        ).status,
      ).toBe(200);
    for (const [period, values] of [
      ['2026-Q1', { 'hjemloese-unge': 30, 'unge-i-maalgruppe': 200 }],
      ['2026-Q2', { 'hjemloese-unge': 250, 'unge-i-maalgruppe': 200 }],
    ] as const) {
      const periodId = await ctx.openQuarter(programmeId, period, '2099-12-31');
      const base = `/programmes/${programmeId}/periods/${periodId}/submissions/${kk}`;
      const body = { values: Object.entries(values).map(([indicator, value]) => ({ indicator, value })) };
      expect((await ctx.call('reporterKobenhavn', 'PUT', base, body)).status).toBe(200);
      expect((await ctx.call('reporterKobenhavn', 'POST', `${base}/submit`)).status).toBe(200);
      expect((await ctx.call('coordinator', 'POST', `${base}/approve`)).status).toBe(200);
    }
    // The rule comes after the reports were approved: only the report over history finds the break.
    const settings = {
      rules: [{ left: 'hjemloese-unge', operator: '<=', right: 'unge-i-maalgruppe' }],
      suppressBelow: 5,
      minContributors: 3,
    };
    expect(
      (await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/measurement-settings`, settings))
        .status,
    ).toBe(200);
  }, 90_000);

  it('names the period and organisation where a rule does not hold, with both values', async () => {
    const report = await ctx.call<ValidationReportDto>('coordinator', 'GET', path);
    expect(report.status).toBe(200);
    expect(report.body.violations).toEqual([
      {
        period: '2026-Q2',
        organisationId: kk,
        organisationName: expect.any(String) as string,
        left: 'hjemloese-unge',
        operator: '<=',
        right: 'unge-i-maalgruppe',
        leftValue: 250,
        rightValue: 200,
      },
    ]);
  });

  it('refuses the report to members who are not the backbone, and hides it from outsiders', async () => {
    expect((await ctx.call('helsefonden', 'GET', path)).status).toBe(403);
    expect((await ctx.call('reporterKobenhavn', 'GET', path)).status).toBe(403);
    expect((await ctx.call('bikubenfonden', 'GET', path)).status).toBe(404);
    expect((await ctx.call(null, 'GET', path)).status).toBe(401);
  });
});
