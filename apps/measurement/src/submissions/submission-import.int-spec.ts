import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/** A platform admin imports a report made before the programme came onto Samvirke into a closed period. */
const ctx = measurementSuite('submission_import');
beforeAll(() => ctx.defineStandardIndicators());

describe('importing earlier reports', () => {
  const programmeId = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const periods: Record<string, string> = {};
  const path = (period: string, organisationId: string = kk) =>
    `/programmes/${programmeId}/periods/${periods[period]}/submissions/${organisationId}/import`;
  const report = (value: number, submittedAt: string, decidedAt: string) => ({
    values: [
      { indicator: 'hjemloese-unge', value },
      { indicator: 'hjemloese-unge', disaggregation: 'koen=kvinde', value: Math.round(value / 3) },
    ],
    submittedAt,
    decidedAt,
  });
  const corrected = {
    versions: [
      {
        ...report(1180, '2025-04-28T09:00:00+02:00', '2025-04-29T14:00:00+02:00'),
        decision: 'returned',
        comment: 'Tallet ser ti gange for stort ud.',
      },
      { ...report(118, '2025-05-02T10:00:00+02:00', '2025-05-05T09:30:00+02:00'), decision: 'approved' },
    ],
  };

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'historik', [
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [DEMO_ORGANISATIONS.aarhus.id, ['implementing-partner']],
    ]);
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
      frequency: 'quarterly',
    });
    periods['2025-Q1'] = await ctx.openQuarter(programmeId, '2025-Q1', '2025-04-30');
    periods['2025-Q2'] = await ctx.openQuarter(programmeId, '2025-Q2', '2025-07-31');
    await ctx.call('coordinator', 'POST', `/programmes/${programmeId}/periods/${periods['2025-Q1']}/close`);
  });

  it('keeps the versions with their dates, counts the approval in progress and its timeliness', async () => {
    for (const user of ['coordinator', 'reporterKobenhavn'] as const)
      expect((await ctx.call(user, 'POST', path('2025-Q1'), corrected)).status).toBe(403);
    const imported = await ctx.call<{ versions: { version: number; status: string; submittedAt: string }[] }>(
      'admin',
      'POST',
      path('2025-Q1'),
      corrected,
    );
    expect(imported.status).toBe(201);
    expect(imported.body.versions.map((v) => [v.version, v.status, v.submittedAt])).toEqual([
      [2, 'approved', '2025-05-02T08:00:00.000Z'],
      [1, 'returned', '2025-04-28T07:00:00.000Z'],
    ]);
    const progress = await ctx.call<{
      timeliness: { approved: number; onTime: number };
      indicators: { code: string; organisations: { value: unknown }[] }[];
    }>('reporterKobenhavn', 'GET', `/programmes/${programmeId}/progress?period=2025-Q1`);
    expect(progress.body.timeliness).toMatchObject({ approved: 1, onTime: 1 });
    const indicator = progress.body.indicators.find((entry) => entry.code === 'hjemloese-unge');
    expect(indicator?.organisations.map((organisation) => organisation.value)).toEqual([118]);
    const events = await ctx.app.get(DataSource).query<{ type: string }[]>(
      `SELECT split_part(event_type, '.', 4) || '.' || split_part(event_type, '.', 5) AS type FROM outbox_message
          WHERE message_key = $1 AND (event_type LIKE '%submission%' OR event_type LIKE '%progress.updated%')`,
      [programmeId],
    );
    expect(events.map((event) => event.type).sort()).toEqual(['progress.updated', 'submission.approved']);
  });

  it('refuses a second import, an open period, an organisation that provides no data and the future', async () => {
    expect((await ctx.call('admin', 'POST', path('2025-Q1'), corrected)).status).toBe(409);
    expect((await ctx.call('admin', 'POST', path('2025-Q2'), corrected)).status).toBe(409);
    const aarhus = path('2025-Q1', DEMO_ORGANISATIONS.aarhus.id);
    expect((await ctx.call('admin', 'POST', aarhus, corrected)).status).toBe(409);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const later = { versions: [{ ...report(90, future, future), decision: 'approved' }] };
    const refused = await ctx.call<Problem>('admin', 'POST', path('2025-Q1'), later);
    expect(refused.status).toBe(422);
    expect(pointers(refused.body)).toEqual(['/versions/0/decidedAt', '/versions/0/submittedAt']);
  });
});
