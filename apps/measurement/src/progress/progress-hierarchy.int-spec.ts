import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { organisationRegisteredV1, type AnalyticsDto, type ProgressDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, createTemporaryUser, waitFor, type TemporaryIdentity } from '@samvirke/testing';
import { measurementSuite } from '../../test/measurement-api.fixture.js';

/**
 * Read up the hierarchy on the real stack: Aarhus Kommune's forvaltninger (Børn og Unge, Sundhed og
 * Omsorg) and institutions report on their own, pass both approvals, and fold into Aarhus' row in
 * progress and analytics by=organisation; København stands on its own. Values that only the
 * municipality approved, or that wait, count nowhere; a unit's value under an organisation that
 * gave its own total is in that total, not beside it.
 */
const ctx = measurementSuite('hierarchy');
const AARHUS = DEMO_ORGANISATIONS.aarhus.id;
const KBH = DEMO_ORGANISATIONS.kobenhavn.id;
const BOU = randomUUID();
const SUND = randomUUID();
const SKOLE = randomUUID(); // under Børn og Unge
const WAITING = randomUUID(); // under Aarhus: approved by Aarhus only
const SUBMITTED = randomUUID(); // under Aarhus: submitted only
const programmeId = randomUUID();
const periods: Record<string, string> = {};
let units: TemporaryIdentity;

type Values = Record<string, number>;
type Stage = 'submitted' | 'parent-approved' | 'approved';

async function asUnits(method: string, target: string, body?: unknown) {
  const response = await fetch(`${ctx.url}${target}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await units.token()}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.status;
}

async function report(organisationId: string, period: string, values: Values, stage: Stage = 'approved') {
  const base = `/programmes/${programmeId}/periods/${periods[period]}/submissions/${organisationId}`;
  const body = { values: Object.entries(values).map(([indicator, value]) => ({ indicator, value })) };
  const unit = organisationId !== AARHUS && organisationId !== KBH;
  const reporter = organisationId === KBH ? 'reporterKobenhavn' : 'reporterAarhus';
  const call = (method: string, target: string, payload?: unknown) =>
    unit
      ? asUnits(method, target, payload)
      : ctx.call(reporter, method, target, payload).then((r) => r.status);
  expect(await call('PUT', base, body)).toBe(200);
  expect(await call('POST', `${base}/submit`)).toBe(200);
  if (stage === 'submitted') return;
  if (unit) expect((await ctx.call('reporterAarhus', 'POST', `${base}/parent-approve`)).status).toBe(200);
  if (stage === 'parent-approved') return;
  expect((await ctx.call('coordinator', 'POST', `${base}/approve`)).status).toBe(200);
}

async function registerTree(): Promise<void> {
  const organisation = (id: string, name: string, parent: string | null, kommunekode: string | null) => ({
    definition: organisationRegisteredV1,
    data: {
      organisationId: id,
      name,
      type: parent ? ('other' as const) : ('municipality' as const),
      cvr: null,
      kommunekode,
      parentOrganisationId: parent,
      registeredAt: new Date().toISOString(),
    },
    options: { subject: id },
  });
  await ctx.partners.dataSource.transaction((manager) =>
    ctx.partners.outbox.recordAll(manager, [
      organisation(KBH, 'Københavns Kommune', null, '101'),
      organisation(AARHUS, 'Aarhus Kommune', null, '751'),
      organisation(BOU, 'Børn og Unge', AARHUS, null),
      organisation(SUND, 'Sundhed og Omsorg', AARHUS, null),
      organisation(SKOLE, 'Skovvangskolen', BOU, null),
      organisation(WAITING, 'Kulturforvaltningen', AARHUS, null),
      organisation(SUBMITTED, 'Teknik og Miljø', AARHUS, null),
    ]),
  );
  await waitFor('the tree to arrive', async () => {
    const [row] = await ctx.app
      .get(DataSource)
      .query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM known_organisation WHERE id = ANY($1::uuid[]) AND parent_id IS NOT NULL`,
        [[BOU, SUND, SKOLE, WAITING, SUBMITTED]],
      );
    return row?.count === 5;
  });
}

beforeAll(async () => {
  await ctx.defineStandardIndicators();
  const mean = {
    code: 'trivsel',
    nameDa: 'Trivsel',
    nameEn: 'Well-being',
    unit: 'score',
    valueType: 'decimal',
    scale: 1,
    aggregation: 'mean',
    polarity: 'higher-is-better',
  };
  expect((await ctx.call('admin', 'POST', '/indicators', mean)).status).toBe(201);
  await registerTree();
  const providers = [KBH, AARHUS, BOU, SUND, SKOLE, WAITING, SUBMITTED].map(
    (id) => [id, ['data-provider']] as [string, ['data-provider']],
  );
  await ctx.seedProgramme(programmeId, 'hierarki', [
    [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
    [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
    ...providers,
  ]);
  for (const code of ['hjemloese-unge', 'unge-i-maalgruppe', 'trivsel'])
    // Not required: in 2026-Q1 a report gives some indicators and not others.
    expect(
      (
        await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/${code}`, {
          frequency: 'quarterly',
          required: false,
        })
      ).status,
    ).toBe(200);
  periods['2026-Q1'] = await ctx.openQuarter(programmeId, '2026-Q1', '2099-04-30');
  periods['2026-Q2'] = await ctx.openQuarter(programmeId, '2026-Q2', '2099-07-31');
  units = await createTemporaryUser({
    username: `units-${randomUUID().slice(0, 8)}`,
    email: `units-${randomUUID().slice(0, 8)}@aarhus.example`,
    emailVerified: true,
    roles: ['reporter'],
    organisations: [BOU, SUND, SKOLE, WAITING, SUBMITTED],
  });
  // 2026-Q2: Aarhus gives nothing itself, its units' values fold into its row.
  await report(KBH, '2026-Q2', { 'hjemloese-unge': 60, 'unge-i-maalgruppe': 200, trivsel: 8 });
  await report(BOU, '2026-Q2', { 'hjemloese-unge': 3, 'unge-i-maalgruppe': 100, trivsel: 4 });
  await report(SUND, '2026-Q2', { 'hjemloese-unge': 40, 'unge-i-maalgruppe': 50, trivsel: 6 });
  // Skovvangskolen's value is in Børn og Unge's own: not counted a second time.
  await report(SKOLE, '2026-Q2', { 'hjemloese-unge': 20, 'unge-i-maalgruppe': 30, trivsel: 10 });
  await report(
    WAITING,
    '2026-Q2',
    { 'hjemloese-unge': 900, 'unge-i-maalgruppe': 900, trivsel: 1 },
    'parent-approved',
  );
  await report(
    SUBMITTED,
    '2026-Q2',
    { 'hjemloese-unge': 700, 'unge-i-maalgruppe': 700, trivsel: 1 },
    'submitted',
  );
  // 2026-Q1: Aarhus gives its own total; its units' values are in it. Both units small.
  await report(KBH, '2026-Q1', { 'hjemloese-unge': 60, 'unge-i-maalgruppe': 200 });
  await report(AARHUS, '2026-Q1', { 'unge-i-maalgruppe': 500 });
  await report(BOU, '2026-Q1', { 'hjemloese-unge': 1, 'unge-i-maalgruppe': 100 });
  await report(SUND, '2026-Q1', { 'hjemloese-unge': 2, 'unge-i-maalgruppe': 50 });
}, 240_000);

afterAll(async () => {
  await units?.remove();
});

const progressOf = async (period: string, query = '') => {
  const response = await ctx.call<ProgressDto>(
    'helsefonden',
    'GET',
    `/programmes/${programmeId}/progress?period=${period}${query}`,
  );
  expect(response.status).toBe(200);
  return (code: string) => response.body.indicators.find((indicator) => indicator.code === code)!;
};
const rows = (indicator: ProgressDto['indicators'][number]) =>
  indicator.organisations.map((row) => [row.name, row.value]);

describe('values read up the hierarchy', () => {
  it("folds the units' approved sums and means into their municipality's row, nothing counted twice", async () => {
    const q2 = await progressOf('2026-Q2');
    expect(rows(q2('unge-i-maalgruppe'))).toEqual([
      ['Aarhus Kommune', 150],
      ['Københavns Kommune', 200],
    ]);
    expect(q2('unge-i-maalgruppe')).toMatchObject({ aggregate: 350, contributors: 3 });
    expect(rows(q2('trivsel'))).toEqual([
      ['Aarhus Kommune', 5],
      ['Københavns Kommune', 8],
    ]);
    expect(q2('trivsel').aggregate).toBe(6);
    expect(q2('unge-i-maalgruppe').organisations[0]).not.toHaveProperty('units');
  });

  it("takes a municipality's own value as its total, its units' values in it", async () => {
    const q1 = await progressOf('2026-Q1');
    expect(rows(q1('unge-i-maalgruppe'))).toEqual([
      ['Aarhus Kommune', 500],
      ['Københavns Kommune', 200],
    ]);
    expect(q1('unge-i-maalgruppe')).toMatchObject({ aggregate: 700, contributors: 2 });
  });

  it('suppresses after folding: a small folded row, and what would give a small unit away', async () => {
    const q1 = await progressOf('2026-Q1', '&hierarchy=expanded');
    const homeless = q1('hjemloese-unge');
    expect(homeless.organisations[0]).toMatchObject({ name: 'Aarhus Kommune', value: '<5' });
    expect(homeless.organisations[0]?.units?.map((unit) => unit.value)).toEqual(['<5', '<5']);
    // The total beside København would give Aarhus' 3 away.
    expect(
      typeof homeless.aggregate === 'number' && typeof homeless.organisations[1]?.value === 'number',
    ).toBe(false);
    const q2 = (await progressOf('2026-Q2', '&hierarchy=expanded'))('hjemloese-unge');
    const [aarhus] = q2.organisations;
    expect(aarhus?.units?.find((unit) => unit.organisationId === BOU)?.value).toBe('<5');
    const sund = aarhus?.units?.find((unit) => unit.organisationId === SUND)?.value;
    // Aarhus' 43 beside Sundhed og Omsorg's 40 would give Børn og Unge's 3 away.
    expect(typeof aarhus?.value === 'number' && typeof sund === 'number').toBe(false);
  });

  it('lists the counted units under their municipality with hierarchy=expanded', async () => {
    const q2 = await progressOf('2026-Q2', '&hierarchy=expanded');
    expect(q2('unge-i-maalgruppe').organisations[0]?.units).toEqual([
      { organisationId: BOU, name: 'Børn og Unge', parentOrganisationId: AARHUS, value: 100 },
      { organisationId: SUND, name: 'Sundhed og Omsorg', parentOrganisationId: AARHUS, value: 50 },
    ]);
  });

  it('folds the same way in analytics by=organisation, and lists the units after their row when expanded', async () => {
    const base = `/programmes/${programmeId}/analytics?by=organisation&indicators=unge-i-maalgruppe,trivsel&from=2026-Q2&to=2026-Q2`;
    const folded = await ctx.call<AnalyticsDto>('helsefonden', 'GET', base);
    expect(folded.status).toBe(200);
    const line = (row: AnalyticsDto['rows'][number]) => [
      row.indicator,
      row.organisationName,
      row.parentOrganisationId ?? null,
      row.value,
      row.contributors,
    ];
    expect(folded.body.rows.map(line)).toEqual([
      ['trivsel', 'Aarhus Kommune', null, 5, 2],
      ['trivsel', 'Københavns Kommune', null, 8, 1],
      ['unge-i-maalgruppe', 'Aarhus Kommune', null, 150, 2],
      ['unge-i-maalgruppe', 'Københavns Kommune', null, 200, 1],
    ]);
    const expanded = await ctx.call<AnalyticsDto>('helsefonden', 'GET', `${base}&hierarchy=expanded`);
    expect(expanded.body.rows.filter((row) => row.indicator === 'unge-i-maalgruppe').map(line)).toEqual([
      ['unge-i-maalgruppe', 'Aarhus Kommune', null, 150, 2],
      ['unge-i-maalgruppe', 'Børn og Unge', AARHUS, 100, 1],
      ['unge-i-maalgruppe', 'Sundhed og Omsorg', AARHUS, 50, 1],
      ['unge-i-maalgruppe', 'Københavns Kommune', null, 200, 1],
    ]);
    const byRegion = await ctx.call<AnalyticsDto>(
      'helsefonden',
      'GET',
      base.replace('by=organisation', 'by=region'),
    );
    const midtjylland = byRegion.body.rows.find(
      (row) => row.indicator === 'unge-i-maalgruppe' && row.regionCode === '1082',
    );
    expect(midtjylland).toMatchObject({ value: 150, contributors: 2 });
  });
});
