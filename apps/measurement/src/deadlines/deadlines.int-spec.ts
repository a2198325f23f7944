import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { measurementSuite } from '../../test/measurement-api.fixture.js';

/** Deadline reminders, once per period, organisation and kind. */
const ctx = measurementSuite('deadlines');
beforeAll(() => ctx.defineStandardIndicators());

describe('deadline reminders', () => {
  const programmeId = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const aarhus = DEMO_ORGANISATIONS.aarhus.id;

  async function reminders(): Promise<string[]> {
    const rows = await ctx.app.get(DataSource).query<{ reminder: string }[]>(
      `SELECT p.period || ' ' || r.kind || ' ' || r.organisation_id AS reminder
         FROM reporting_reminder r JOIN reporting_period p ON p.id = r.period_id
        WHERE p.programme_id = $1 ORDER BY 1`,
      [programmeId],
    );
    return rows.map((row) => row.reminder);
  }

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'deadlines', [
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
      [aarhus, ['data-provider']],
    ]);
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/unge-i-maalgruppe`, {
      frequency: 'quarterly',
    });
    const q2 = await ctx.call<{ id: string }>('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'quarterly',
      period: '2026-Q2',
      dueDate: '2026-07-31',
    });
    await ctx.call('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'quarterly',
      period: '2026-Q3',
      dueDate: '2026-10-15',
    });
    const submission = `/programmes/${programmeId}/periods/${q2.body.id}/submissions/${kk}`;
    await ctx.call('reporterKobenhavn', 'PUT', submission, {
      values: [{ indicator: 'unge-i-maalgruppe', value: 12 }],
    });
    expect((await ctx.call('reporterKobenhavn', 'POST', `${submission}/submit`)).status).toBe(200);
  });

  it('reminds data providers without a submission once per period, organisation and kind', async () => {
    const { DeadlinesScheduler } = await import('./deadlines.scheduler.js');
    const scheduler = ctx.app.get(DeadlinesScheduler);
    await scheduler.runOnce(new Date('2026-10-12T09:00:00Z'));
    expect(await reminders()).toEqual(
      [
        `2026-Q2 overdue ${aarhus}`,
        `2026-Q3 deadline-approaching ${aarhus}`,
        `2026-Q3 deadline-approaching ${kk}`,
      ].sort(),
    );
    // Two schedulers at once, and again later: nothing is reminded twice.
    await Promise.all([
      scheduler.runOnce(new Date('2026-10-20T09:00:00Z')),
      scheduler.runOnce(new Date('2026-10-20T09:00:00Z')),
    ]);
    expect(await reminders()).toEqual(
      [
        `2026-Q2 overdue ${aarhus}`,
        `2026-Q3 deadline-approaching ${aarhus}`,
        `2026-Q3 deadline-approaching ${kk}`,
        `2026-Q3 overdue ${aarhus}`,
        `2026-Q3 overdue ${kk}`,
      ].sort(),
    );
    const events = await ctx.app.get(DataSource).query<{ type: string; count: string }[]>(
      `SELECT split_part(event_type, '.', 5) AS type, count(*)::text AS count FROM outbox_message
        WHERE message_key = $1 AND event_type LIKE '%.reporting.%' GROUP BY 1 ORDER BY 1`,
      [programmeId],
    );
    expect(events).toEqual([
      { type: 'deadline-approaching', count: '2' },
      { type: 'overdue', count: '3' },
    ]);
  });
});
