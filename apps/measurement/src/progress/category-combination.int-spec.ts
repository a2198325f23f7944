import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AnalyticsDto, DisaggregatedProgressDto, IndicatorDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, DEMO_USERS, userToken } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/**
 * Category combinations on the real stack: an indicator crossing køn and aldersgruppe, cells checked
 * against the totals beside them at submission (JSON and CSV), and the cross table in the
 * disaggregated progress and in analytics.
 */
const ctx = measurementSuite('catcombo');

const INDICATOR = {
  code: 'unge-i-kontakt',
  nameDa: 'Unge i kontakt',
  nameEn: 'Young people in contact',
  unit: 'count',
  valueType: 'integer',
  aggregation: 'sum',
  polarity: 'higher-is-better',
  disaggregations: [
    { code: 'koen', name: 'Køn', values: ['kvinde', 'mand'] },
    { code: 'alder', name: 'Aldersgruppe', values: ['u18', 'a18-24', 'a25-29'] },
  ],
  categoryCombinations: [{ code: 'koen-alder', name: 'Køn × aldersgruppe', dimensions: ['koen', 'alder'] }],
};

/** Cell values row by row (kvinde, mand), column by column (u18, 18-24, 25-29). */
function cells(table: number[][]) {
  return ['kvinde', 'mand'].flatMap((koen, row) =>
    ['u18', 'a18-24', 'a25-29'].map((alder, column) => ({
      indicator: INDICATOR.code,
      disaggregation: `koen=${koen}&alder=${alder}`,
      value: table[row][column],
    })),
  );
}

describe('category combinations', () => {
  const programmeId = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const aarhus = DEMO_ORGANISATIONS.aarhus.id;
  let periodId = '';
  let indicatorId = '';
  const base = (organisationId: string) =>
    `/programmes/${programmeId}/periods/${periodId}/submissions/${organisationId}`;
  const valueCount = async () => {
    const [row] = await ctx.app
      .get(DataSource)
      .query<{ count: string }[]>(`SELECT count(*)::text AS count FROM submission_value`);
    return row?.count;
  };

  beforeAll(async () => {
    const defined = await ctx.call<IndicatorDto>('admin', 'POST', '/indicators', INDICATOR);
    expect({ status: defined.status, body: defined.status === 201 ? null : defined.body }).toEqual({
      status: 201,
      body: null,
    });
    indicatorId = defined.body.id;
    await ctx.seedProgramme(programmeId, 'catcombo', [
      [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [aarhus, ['data-provider']],
    ]);
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/${INDICATOR.code}`, {
      frequency: 'quarterly',
    });
    periodId = await ctx.openQuarter(programmeId, '2026-Q2', '2099-12-31');
  }, 60_000);

  it('keeps an indicator’s combination, and names a combination of a dimension it lacks', async () => {
    const read = await ctx.call<IndicatorDto>('admin', 'GET', `/indicators/${indicatorId}`);
    expect(read.body.categoryCombinations).toEqual(INDICATOR.categoryCombinations);
    const bad = await ctx.call<Problem>('admin', 'POST', '/indicators', {
      ...INDICATOR,
      code: 'unge-forkert',
      categoryCombinations: [{ code: 'koen-sted', name: 'Køn × sted', dimensions: ['koen', 'sted'] }],
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/categoryCombinations/0/dimensions']);
  });

  it('refuses cells that do not add up to the totals beside them, naming each, and stores nothing', async () => {
    const before = await valueCount();
    const bad = await ctx.call<Problem>('reporterKobenhavn', 'PUT', base(kk), {
      values: [
        { indicator: INDICATOR.code, value: 50 },
        { indicator: INDICATOR.code, disaggregation: 'koen=kvinde', value: 20 },
        { indicator: INDICATOR.code, disaggregation: 'alder=u18', value: 9 },
        ...cells([
          [3, 10, 7],
          [4, 12, 9],
        ]),
      ],
    });
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual(['/values/0/value', '/values/2/value']);
    const missing = await ctx.call<Problem>('reporterKobenhavn', 'PUT', base(kk), {
      values: cells([
        [3, 10, 7],
        [4, 12, 9],
      ]).slice(1),
    });
    expect(pointers(missing.body)).toEqual(['/values/0/disaggregation']);
    expect(await valueCount()).toBe(before);
  });

  it('names the CSV row and column of a total that differs from its cells', async () => {
    const rows = cells([
      [3, 10, 7],
      [4, 12, 9],
    ]).map((cell) => `${cell.indicator};${cell.disaggregation};${cell.value}`);
    const csv = `indikator;opdeling;værdi\n${INDICATOR.code};koen=mand;26\n${rows.join('\n')}\n`;
    const response = await fetch(`${ctx.url}${base(kk)}/csv`, {
      method: 'PUT',
      headers: {
        'content-type': 'text/csv',
        authorization: `Bearer ${await userToken(DEMO_USERS.reporterKobenhavn.username)}`,
      },
      body: csv,
    });
    expect(response.status).toBe(422);
    expect(pointers((await response.json()) as Problem)).toEqual(['/rows/2/værdi']);
  });

  async function report(
    user: 'reporterKobenhavn' | 'reporterAarhus',
    organisationId: string,
    table: number[][],
  ) {
    const total = table.flat().reduce((sum, value) => sum + value, 0);
    const kvinde = table[0].reduce((sum, value) => sum + value, 0);
    const saved = await ctx.call(user, 'PUT', base(organisationId), {
      values: [
        { indicator: INDICATOR.code, value: total },
        { indicator: INDICATOR.code, disaggregation: 'koen=kvinde', value: kvinde },
        ...cells(table),
      ],
    });
    expect(saved.status).toBe(200);
    expect((await ctx.call(user, 'POST', `${base(organisationId)}/submit`)).status).toBe(200);
    expect((await ctx.call('coordinator', 'POST', `${base(organisationId)}/approve`)).status).toBe(200);
  }

  it('shows the approved cells summed as a cross table in progress and in analytics', async () => {
    await report('reporterKobenhavn', kk, [
      [3, 10, 7],
      [4, 12, 9],
    ]);
    await report('reporterAarhus', aarhus, [
      [1, 5, 6],
      [2, 8, 4],
    ]);
    const progress = await ctx.call<DisaggregatedProgressDto>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/progress/disaggregations?period=2026-Q2`,
    );
    expect(progress.status).toBe(200);
    const indicator = progress.body.indicators.find((entry) => entry.code === INDICATOR.code);
    const table = indicator?.combinations[0];
    expect(table?.cells.map((cell) => cell.value)).toEqual([4, 15, 13, 6, 20, 13]);
    expect(table?.margins.map((margin) => margin.value)).toEqual([32, 39, 10, 35, 26]);
    expect(table?.total).toBe(71);
    // The plain dimension still counts only its own categories, not the cells.
    expect(indicator?.dimensions[0]?.categories[0]).toEqual({ code: 'kvinde', value: 32 });
    const analytics = await ctx.call<AnalyticsDto>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/analytics?by=disaggregation&indicators=${INDICATOR.code}`,
    );
    expect(analytics.status).toBe(200);
    const cross = analytics.body.rows.filter((row) => row.disaggregation?.includes('&'));
    expect(cross.map((row) => [row.disaggregation, row.value])).toEqual(
      expect.arrayContaining([
        ['koen=kvinde&alder=u18', 4],
        ['koen=mand&alder=a25-29', 13],
      ]),
    );
    expect(cross).toHaveLength(6);
  });
});
