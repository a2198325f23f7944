import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ReportingPeriodDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { DeadlinesScheduler } from '../deadlines/deadlines.scheduler.js';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/** Moving an open period's deadline later, and the reminders that follow the new date. */
const ctx = measurementSuite('deadline_extension');

describe('extending a reporting deadline', () => {
  const programmeId = randomUUID();
  let periodId = '';
  const extend = (user: Parameters<typeof ctx.call>[0], body: unknown) =>
    ctx.call<ReportingPeriodDto & Problem>(
      user,
      'POST',
      `/programmes/${programmeId}/periods/${periodId}/extend`,
      body,
    );
  const reminders = async (): Promise<string[]> => {
    const rows = await ctx.app
      .get(DataSource)
      .query<{ kind: string }[]>(`SELECT kind FROM reporting_reminder WHERE period_id = $1 ORDER BY kind`, [
        periodId,
      ]);
    return rows.map((row) => row.kind);
  };

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'extension', [
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [DEMO_ORGANISATIONS.kobenhavn.id, ['data-provider']],
    ]);
    periodId = await ctx.openQuarter(programmeId, '2026-Q3', '2026-10-15');
  });

  it('moves the due date later, tells of it and reminds again against the new date', async () => {
    const scheduler = ctx.app.get(DeadlinesScheduler);
    await scheduler.runOnce(new Date('2026-10-12T09:00:00Z'));
    expect(await reminders()).toEqual(['deadline-approaching']);
    const extended = await extend('coordinator', { dueDate: '2026-11-15' });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ dueDate: '2026-11-15', status: 'open' });
    expect(await reminders()).toEqual([]);
    await scheduler.runOnce(new Date('2026-10-20T09:00:00Z'));
    expect(await reminders()).toEqual([]);
    await scheduler.runOnce(new Date('2026-11-10T09:00:00Z'));
    expect(await reminders()).toEqual(['deadline-approaching']);
    const [event] = await ctx.app.get(DataSource).query<{ payload: unknown }[]>(
      `SELECT payload FROM outbox_message WHERE message_key = $1
          AND event_type = 'dk.samvirke.measurement.reporting-period.deadline-extended.v1'`,
      [programmeId],
    );
    expect(event?.payload).toMatchObject({
      periodId,
      dueDate: '2026-11-15',
      previousDueDate: '2026-10-15',
    });
  });

  it('names a bad or earlier date, refuses a closed period and the wrong roles, and changes nothing', async () => {
    const bad = await extend('coordinator', { dueDate: '15-11-2026', extra: 1 });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/dueDate', '/extra']);
    const earlier = await extend('coordinator', { dueDate: '2026-11-15' });
    expect(earlier.status).toBe(422);
    expect(pointers(earlier.body)).toEqual(['/dueDate']);
    expect((await extend('reporterKobenhavn', { dueDate: '2026-12-01' })).status).toBe(403);
    expect((await extend('member', { dueDate: '2026-12-01' })).status).toBe(404);
    const close = `/programmes/${programmeId}/periods/${periodId}/close`;
    expect((await ctx.call('coordinator', 'POST', close)).status).toBe(200);
    expect((await extend('coordinator', { dueDate: '2026-12-01' })).status).toBe(409);
    const periods = await ctx.call<ReportingPeriodDto[]>(
      'coordinator',
      'GET',
      `/programmes/${programmeId}/periods`,
    );
    expect(periods.body.map((period) => period.dueDate)).toEqual(['2026-11-15']);
  });
});
