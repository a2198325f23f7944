import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  organisationRegisteredV1,
  type AnalyticsDto,
  type ParentApprovalItem,
  type SubmissionDto,
} from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, createTemporaryUser, waitFor, type TemporaryIdentity } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/**
 * Two-level approval on the real stack: a forvaltning under Aarhus Kommune reports on its own
 * (JSON and CSV), Aarhus approves or returns it first, then the backbone; København stands on its own.
 */
const ctx = measurementSuite('parent-approvals');
const AARHUS = DEMO_ORGANISATIONS.aarhus.id;
const KBH = DEMO_ORGANISATIONS.kobenhavn.id;
const BOU = randomUUID();
const programmeId = randomUUID();
let periodId: string;
let bouReporter: TemporaryIdentity;

const path = (organisationId: string, action = '') =>
  `/programmes/${programmeId}/periods/${periodId}/submissions/${organisationId}${action}`;

async function asBou<T>(method: string, target: string, body?: string, type = 'application/json') {
  const response = await fetch(`${ctx.url}${target}`, {
    method,
    headers: { 'content-type': type, authorization: `Bearer ${await bouReporter.token()}` },
    ...(body === undefined ? {} : { body }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function outboxCount(type: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await ctx.app
    .get(DataSource)
    .query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM outbox_message WHERE event_type = $1 AND ${where}`,
      [type, ...params],
    );
  return row.count;
}

beforeAll(async () => {
  await ctx.defineStandardIndicators();
  const organisation = (
    id: string,
    name: string,
    type: 'municipality' | 'other',
    kommunekode: string | null,
    parent: string | null,
  ) => ({
    definition: organisationRegisteredV1,
    data: {
      organisationId: id,
      name,
      type,
      cvr: null,
      kommunekode,
      parentOrganisationId: parent,
      registeredAt: new Date().toISOString(),
    },
    options: { subject: id },
  });
  await ctx.partners.dataSource.transaction((manager) =>
    ctx.partners.outbox.recordAll(manager, [
      organisation(AARHUS, 'Aarhus Kommune', 'municipality', '751', null),
      organisation(BOU, 'Børn og Unge', 'other', null, AARHUS),
    ]),
  );
  await ctx.seedProgramme(programmeId, 'to-niveauer', [
    [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
    [KBH, ['data-provider']],
    [AARHUS, ['implementing-partner']],
    [BOU, ['data-provider']],
  ]);
  await waitFor('the forvaltning and its place to arrive', async () => {
    const [row] = await ctx.app.get(DataSource).query<{ region_code: string | null }[]>(
      `SELECT p.region_code FROM known_organisation o JOIN organisation_place p ON p.organisation_id = o.id
          WHERE o.id = $1 AND o.parent_id = $2`,
      [BOU, AARHUS],
    );
    return row?.region_code === '1082';
  });
  await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
    frequency: 'quarterly',
  });
  periodId = await ctx.openQuarter(programmeId, '2026-Q2', '2026-07-31');
  bouReporter = await createTemporaryUser({
    username: `bou-${randomUUID().slice(0, 8)}`,
    email: `bou-${randomUUID().slice(0, 8)}@aarhus.example`,
    emailVerified: true,
    roles: ['reporter'],
    organisations: [BOU],
  });
}, 120_000);

afterAll(async () => {
  await bouReporter?.remove();
});

describe('two-level approval of a sub-unit', () => {
  it('lets the sub-unit report on its own from CSV and tells its municipality it waits for them', async () => {
    const saved = await asBou<SubmissionDto>(
      'PUT',
      path(BOU, '/csv'),
      'indikator;opdeling;værdi\nhjemloese-unge;;12\n',
      'text/csv',
    );
    expect(saved).toMatchObject({ status: 200, body: { status: 'draft', version: 1 } });
    expect((await asBou('POST', path(BOU, '/submit'))).status).toBe(200);
    const told = await outboxCount(
      'dk.samvirke.measurement.submission.submitted.v1',
      `payload->>'organisationId' = $2 AND (payload::jsonb)->'firstApproverOrganisationIds' = $3::jsonb`,
      [BOU, JSON.stringify([AARHUS])],
    );
    expect(told).toBe(1);
  });

  it('keeps the backbone waiting until the municipality approves (409 naming the organisation)', async () => {
    const early = await ctx.call<Problem>('coordinator', 'POST', path(BOU, '/approve'));
    expect(early.status).toBe(409);
    expect(pointers(early.body)).toEqual(['/organisationId']);
    const queue = await ctx.call<ParentApprovalItem[]>(
      'reporterAarhus',
      'GET',
      `/programmes/${programmeId}/parent-approvals`,
    );
    expect(queue.status).toBe(200);
    expect(queue.body.map((item) => [item.organisationName, item.ancestorIds, item.parentApproval])).toEqual([
      ['Børn og Unge', [AARHUS], null],
    ]);
    const read = await ctx.call<{ latest: SubmissionDto }>('reporterAarhus', 'GET', path(BOU));
    expect(read.body.latest.values).toEqual([
      { indicator: 'hjemloese-unge', disaggregation: null, value: 12 },
    ]);
    expect((await ctx.call('reporterKobenhavn', 'GET', path(BOU))).status).toBe(403);
    const other = await ctx.call<ParentApprovalItem[]>(
      'reporterKobenhavn',
      'GET',
      `/programmes/${programmeId}/parent-approvals`,
    );
    expect(other.body).toEqual([]);
  });

  it("refuses another municipality's reporter, the sub-unit itself and the backbone at the first level", async () => {
    expect((await ctx.call('reporterKobenhavn', 'POST', path(BOU, '/parent-approve'))).status).toBe(403);
    expect((await asBou('POST', path(BOU, '/parent-approve'))).status).toBe(403);
    expect((await ctx.call('coordinator', 'POST', path(BOU, '/parent-approve'))).status).toBe(403);
    expect((await ctx.call('reporterKobenhavn', 'POST', path(KBH, '/parent-approve'))).status).toBe(409);
  });

  it('lets the municipality return it with a comment; the sub-unit corrects it as version 2', async () => {
    const returned = await ctx.call<SubmissionDto>('reporterAarhus', 'POST', path(BOU, '/parent-return'), {
      comment: 'Tallet mangler institutionerne.',
    });
    expect(returned.body).toMatchObject({ status: 'returned', decidedBy: 'reporter.aarhus' });
    expect(
      await outboxCount('dk.samvirke.measurement.submission.returned.v1', `payload->>'organisationId' = $2`, [
        BOU,
      ]),
    ).toBe(1);
    const corrected = await asBou<SubmissionDto>(
      'PUT',
      path(BOU),
      JSON.stringify({ values: [{ indicator: 'hjemloese-unge', value: 14 }] }),
    );
    expect(corrected.body.version).toBe(2);
    expect((await asBou('POST', path(BOU, '/submit'))).status).toBe(200);
  });

  it('keeps a locked period locked for the first level too', async () => {
    const periodPath = `/programmes/${programmeId}/periods/${periodId}`;
    expect(
      (await ctx.call('coordinator', 'POST', `${periodPath}/lock`, { reason: 'Årsrapport' })).status,
    ).toBe(200);
    const locked = await ctx.call<Problem>('reporterAarhus', 'POST', path(BOU, '/parent-approve'));
    expect(locked.status).toBe(409);
    expect(pointers(locked.body)).toEqual(['/periodId']);
    expect(
      (await ctx.call('coordinator', 'POST', `${periodPath}/unlock`, { reason: 'Rettelse fra Aarhus' }))
        .status,
    ).toBe(200);
  });

  it('approves at both levels: the municipality, announced, then the backbone; progress counts it in its region', async () => {
    const first = await ctx.call<SubmissionDto>('reporterAarhus', 'POST', path(BOU, '/parent-approve'));
    expect(first.body).toMatchObject({ status: 'submitted', version: 2 });
    expect(
      await outboxCount(
        'dk.samvirke.measurement.submission.parent-approved.v1',
        `payload->>'approvedByOrganisationId' = $2 AND (payload->>'version')::int = 2`,
        [AARHUS],
      ),
    ).toBe(1);
    expect((await ctx.call('reporterAarhus', 'POST', path(BOU, '/parent-approve'))).status).toBe(409);
    const all = await ctx.call<ParentApprovalItem[]>(
      'coordinator',
      'GET',
      `/programmes/${programmeId}/parent-approvals?state=all`,
    );
    expect(all.body[0]?.parentApproval).toMatchObject({
      organisationId: AARHUS,
      approvedBy: 'reporter.aarhus',
    });
    const approved = await ctx.call<SubmissionDto>('coordinator', 'POST', path(BOU, '/approve'));
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: 'coordinator.backbone' });
    const byRegion = await ctx.call<AnalyticsDto>(
      'admin',
      'GET',
      `/programmes/${programmeId}/analytics?by=region&indicators=hjemloese-unge`,
    );
    const midtjylland = byRegion.body.rows.find((row) => row.regionCode === '1082');
    expect(midtjylland).toMatchObject({ contributors: 1 });
  });

  it('keeps one level for an organisation that stands on its own', async () => {
    expect(
      (
        await ctx.call('reporterKobenhavn', 'PUT', path(KBH), {
          values: [{ indicator: 'hjemloese-unge', value: 30 }],
        })
      ).status,
    ).toBe(200);
    expect((await ctx.call('reporterKobenhavn', 'POST', path(KBH, '/submit'))).status).toBe(200);
    const approved = await ctx.call<SubmissionDto>('coordinator', 'POST', path(KBH, '/approve'));
    expect(approved.body.status).toBe('approved');
  });
});
