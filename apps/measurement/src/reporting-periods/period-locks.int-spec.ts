import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TOPICS, type ReportingPeriodDto, type ReportingPeriodHistoryEntry } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, DEMO_USERS, readTopic, userToken } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/** Locking a period: every change to it refused with a 409 naming it, reads go on, an audited reopening. */
const ctx = measurementSuite('period_locks');
beforeAll(() => ctx.defineStandardIndicators());

type Answer = { status: number; body: Problem & { detail?: string; status?: string } };

describe('locking a reporting period', () => {
  const programmeId = randomUUID();
  const kk = DEMO_ORGANISATIONS.kobenhavn.id;
  const periods: Record<string, string> = {};
  const periodPath = (label: string, action = '') =>
    `/programmes/${programmeId}/periods/${periods[label]}${action}`;
  const submission = (label: string, action = '') => periodPath(label, `/submissions/${kk}${action}`);
  const values = (value: number) => ({ values: [{ indicator: 'hjemloese-unge', value }] });
  const refusedAsLocked = (answer: Answer, label: string) => {
    expect(answer.status).toBe(409);
    expect(answer.body.detail).toContain(`The period ${label} is locked`);
    expect(pointers(answer.body)).toEqual(['/periodId']);
  };
  const uploadCsv = async (label: string, csv: string): Promise<Answer> => {
    const response = await fetch(`${ctx.url}${submission(label, '/csv')}`, {
      method: 'PUT',
      headers: {
        'content-type': 'text/csv',
        authorization: `Bearer ${await userToken(DEMO_USERS.reporterKobenhavn.username)}`,
      },
      body: csv,
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };

  beforeAll(async () => {
    await ctx.seedProgramme(programmeId, 'period-locks', [
      [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
      [kk, ['data-provider']],
    ]);
    await ctx.call('coordinator', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
      frequency: 'quarterly',
    });
    periods['2026-Q1'] = await ctx.openQuarter(programmeId, '2026-Q1', '2026-04-30');
    periods['2025-Q4'] = await ctx.openQuarter(programmeId, '2025-Q4', '2026-01-31');
  });

  it('refuses every change with a 409 naming the period, keeps reads, and takes submissions again once reopened with a reason', async () => {
    expect((await ctx.call('reporterKobenhavn', 'PUT', submission('2026-Q1'), values(118))).status).toBe(200);
    expect((await ctx.call('reporterKobenhavn', 'POST', submission('2026-Q1', '/submit'))).status).toBe(200);

    const reason = 'Tallene er sendt til fondens årsrapport.';
    expect(
      (await ctx.call('reporterKobenhavn', 'POST', periodPath('2026-Q1', '/lock'), { reason })).status,
    ).toBe(403);
    const locked = await ctx.call<ReportingPeriodDto>('coordinator', 'POST', periodPath('2026-Q1', '/lock'), {
      reason,
    });
    expect(locked).toMatchObject({ status: 200, body: { status: 'locked', period: '2026-Q1' } });

    refusedAsLocked(await ctx.call('coordinator', 'POST', submission('2026-Q1', '/approve')), '2026-Q1');
    refusedAsLocked(
      await ctx.call('coordinator', 'POST', submission('2026-Q1', '/return'), { comment: 'Ret tallet.' }),
      '2026-Q1',
    );
    refusedAsLocked(
      await ctx.call('reporterKobenhavn', 'PUT', submission('2026-Q1'), values(119)),
      '2026-Q1',
    );
    refusedAsLocked(
      await uploadCsv('2026-Q1', 'indikator;opdeling;værdi\r\nhjemloese-unge;;120\r\n'),
      '2026-Q1',
    );
    // Neither a second lock nor the plain close and reopen change a locked period.
    expect((await ctx.call('coordinator', 'POST', periodPath('2026-Q1', '/lock'), {})).status).toBe(409);
    expect((await ctx.call('coordinator', 'POST', periodPath('2026-Q1', '/reopen'))).status).toBe(409);
    expect((await ctx.call('coordinator', 'POST', periodPath('2026-Q1', '/close'))).status).toBe(409);

    const read = await ctx.call<{ latest: { status: string; version: number } }>(
      'reporterKobenhavn',
      'GET',
      submission('2026-Q1'),
    );
    expect(read).toMatchObject({ status: 200, body: { latest: { status: 'submitted', version: 1 } } });

    const noReason = await ctx.call<Problem>('coordinator', 'POST', periodPath('2026-Q1', '/unlock'), {
      reason: '  ',
    });
    expect(noReason.status).toBe(400);
    expect(pointers(noReason.body)).toEqual(['/reason']);
    expect(
      (await ctx.call('reporterKobenhavn', 'POST', periodPath('2026-Q1', '/unlock'), { reason: 'x' })).status,
    ).toBe(403);
    const reopenReason = 'København har fundet en fejl i tallet.';
    const reopened = await ctx.call<ReportingPeriodDto>(
      'coordinator',
      'POST',
      periodPath('2026-Q1', '/unlock'),
      {
        reason: reopenReason,
      },
    );
    expect(reopened).toMatchObject({ status: 200, body: { status: 'open' } });
    expect((await ctx.call('coordinator', 'POST', submission('2026-Q1', '/approve'))).status).toBe(200);
    const corrected = await ctx.call<{ status: string; version: number }>(
      'reporterKobenhavn',
      'PUT',
      submission('2026-Q1'),
      values(121),
    );
    expect(corrected).toMatchObject({ status: 200, body: { status: 'draft', version: 2 } });

    const history = await ctx.call<ReportingPeriodHistoryEntry[]>(
      'coordinator',
      'GET',
      periodPath('2026-Q1', '/history'),
    );
    expect(history.status).toBe(200);
    expect(history.body.map(({ action, reason: why, by }) => ({ action, why, by }))).toEqual([
      { action: 'locked', why: reason, by: 'coordinator.backbone' },
      { action: 'unlocked', why: reopenReason, by: 'coordinator.backbone' },
    ]);
    expect((await ctx.call('reporterKobenhavn', 'GET', periodPath('2026-Q1', '/history'))).status).toBe(403);

    const topic = `${process.env['KAFKA_TOPIC_PREFIX'] ?? ''}${TOPICS.measurement}`;
    const wanted = ['locked', 'reopened'].map(
      (verb) => `dk.samvirke.measurement.reporting-period.${verb}.v1`,
    );
    const published = await readTopic(
      (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
      topic,
      (messages) => wanted.every((type) => messages.some((message) => message.headers['ce_type'] === type)),
    );
    const data = (type: string) => {
      const message = published.find((candidate) => candidate.headers['ce_type'] === type);
      return JSON.parse(message?.value?.toString('utf8') ?? '{}') as unknown;
    };
    expect(data(wanted[0] ?? '')).toEqual({
      periodId: periods['2026-Q1'],
      programmeId,
      frequency: 'quarterly',
      period: '2026-Q1',
      reason,
      dataProviderIds: [kk],
    });
    expect(data(wanted[1] ?? '')).toMatchObject({
      period: '2026-Q1',
      reason: reopenReason,
      dataProviderIds: [kk],
    });
  });

  it('refuses importing an earlier report into a locked period, and changes nothing', async () => {
    expect((await ctx.call('coordinator', 'POST', periodPath('2025-Q4', '/close'))).status).toBe(200);
    expect((await ctx.call('coordinator', 'POST', periodPath('2025-Q4', '/lock'), {})).status).toBe(200);
    const imported = await ctx.call<Problem>('admin', 'POST', submission('2025-Q4', '/import'), {
      versions: [
        {
          values: [{ indicator: 'hjemloese-unge', value: 90 }],
          submittedAt: '2026-01-20T09:00:00+01:00',
          decidedAt: '2026-01-22T09:00:00+01:00',
          decision: 'approved',
        },
      ],
    });
    refusedAsLocked(imported, '2025-Q4');
    const [row] = await ctx.app
      .get(DataSource)
      .query<{ count: string }[]>(`SELECT count(*)::text AS count FROM submission WHERE period_id = $1`, [
        periods['2025-Q4'],
      ]);
    expect(row?.count).toBe('0');
    const history = await ctx.call<ReportingPeriodHistoryEntry[]>(
      'coordinator',
      'GET',
      periodPath('2025-Q4', '/history'),
    );
    expect(history.body.map((entry) => [entry.action, entry.reason])).toEqual([
      ['closed', null],
      ['locked', null],
    ]);
  });
});
