import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { measurementSuite, pointers, type Problem } from '../../test/measurement-api.fixture.js';

/** A programme's measurement set-up: indicators with baselines and targets, reporting periods. */
const ctx = measurementSuite('programme_setup');
beforeAll(() => ctx.defineStandardIndicators());

describe("a programme's measurement set-up", () => {
  const programmeId = randomUUID();
  const [housing, education] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    await ctx.seedProgramme(
      programmeId,
      'bryd-arven',
      [
        [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
        [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
        [DEMO_ORGANISATIONS.kobenhavn.id, ['data-provider']],
      ],
      [
        { id: housing, title: 'Flere unge i egen bolig', position: 1 },
        { id: education, title: 'Flere unge i uddannelse', position: 2 },
      ],
    );
  });

  it("ties an indicator to the programme's goals it serves, names a goal of another programme, and keeps the goals when left out", async () => {
    const path = `/programmes/${programmeId}/indicators/hjemloese-unge`;
    const base = { frequency: 'quarterly', baseline: null, targets: [] };
    const foreign = await ctx.call<Problem>('coordinator', 'PUT', path, {
      ...base,
      goalIds: [housing, randomUUID()],
    });
    expect(foreign.status).toBe(422);
    expect(pointers(foreign.body)).toEqual(['/goalIds/1']);
    const tied = await ctx.call<{ goalIds: string[] }>('coordinator', 'PUT', path, {
      ...base,
      goalIds: [housing],
    });
    expect(tied.status).toBe(200);
    expect(tied.body.goalIds).toEqual([housing]);
    const kept = await ctx.call<{ goalIds: string[] }>('coordinator', 'PUT', path, base);
    expect(kept.body.goalIds).toEqual([housing]);
    const read = await ctx.call<{ code: string; goalIds: string[] }[]>(
      'reporterKobenhavn',
      'GET',
      `/programmes/${programmeId}/indicators`,
    );
    expect(read.body.map((item) => [item.code, item.goalIds])).toEqual([['hjemloese-unge', [housing]]]);
  });

  it('lets the backbone track an indicator with baseline and targets; members read it', async () => {
    const configured = await ctx.call<{ targets: unknown[]; frequency: string }>(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/indicators/hjemloese-unge`,
      {
        frequency: 'quarterly',
        baseline: { period: '2025-Q4', value: 120 },
        targets: [
          { period: '2026-Q4', value: 90 },
          { period: '2027-Q4', value: 60 },
        ],
      },
    );
    expect(configured.status).toBe(200);
    expect(configured.body.targets).toHaveLength(2);
    const read = await ctx.call<{ code: string; baseline: { value: number } }[]>(
      'reporterKobenhavn',
      'GET',
      `/programmes/${programmeId}/indicators`,
    );
    expect(read.body.map((item) => [item.code, item.baseline.value])).toEqual([['hjemloese-unge', 120]]);
  });

  it('names bad periods and out-of-range targets, and refuses members and strangers', async () => {
    const wrongPeriods = await ctx.call<Problem>(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/indicators/hjemloese-unge`,
      {
        frequency: 'quarterly',
        baseline: { period: '2025-12', value: 1 },
        targets: [{ period: '2026', value: 1 }],
      },
    );
    expect(wrongPeriods.status).toBe(400);
    expect(pointers(wrongPeriods.body)).toEqual(['/baseline/period', '/targets/0/period']);
    const outOfRange = await ctx.call<Problem>(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/indicators/hjemloese-unge`,
      {
        frequency: 'quarterly',
        targets: [{ period: '2026-Q4', value: -5 }],
      },
    );
    expect(outOfRange.status).toBe(422);
    expect(pointers(outOfRange.body)).toEqual(['/targets/0/value']);
    const unknown = await ctx.call<Problem>(
      'coordinator',
      'PUT',
      `/programmes/${programmeId}/indicators/findes-ikke`,
      { frequency: 'annual' },
    );
    expect(pointers(unknown.body)).toEqual(['/code']);
    expect(
      (
        await ctx.call('reporterKobenhavn', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
          frequency: 'annual',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await ctx.call('helsefonden', 'PUT', `/programmes/${programmeId}/indicators/hjemloese-unge`, {
          frequency: 'annual',
        })
      ).status,
    ).toBe(403);
    expect((await ctx.call('reporterAarhus', 'GET', `/programmes/${programmeId}/indicators`)).status).toBe(
      404,
    );
    const kept = await ctx.call<{ frequency: string }[]>(
      'coordinator',
      'GET',
      `/programmes/${programmeId}/indicators`,
    );
    expect(kept.body[0]?.frequency).toBe('quarterly');
  });

  it('opens, closes and reopens reporting periods, with their events', async () => {
    const opened = await ctx.call<{ id: string; status: string }>(
      'coordinator',
      'POST',
      `/programmes/${programmeId}/periods`,
      {
        frequency: 'quarterly',
        period: '2026-Q1',
        dueDate: '2026-04-30',
      },
    );
    expect(opened).toMatchObject({ status: 201, body: { status: 'open' } });
    const again = await ctx.call('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'quarterly',
      period: '2026-Q1',
      dueDate: '2026-05-31',
    });
    expect(again.status).toBe(409);
    const badLabel = await ctx.call<Problem>('coordinator', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'monthly',
      period: '2026-Q2',
      dueDate: 'tomorrow',
    });
    expect(pointers(badLabel.body)).toEqual(['/dueDate', '/period']);
    expect(
      (
        await ctx.call(
          'reporterKobenhavn',
          'POST',
          `/programmes/${programmeId}/periods/${opened.body.id}/close`,
        )
      ).status,
    ).toBe(403);
    const closed = await ctx.call<{ status: string }>(
      'coordinator',
      'POST',
      `/programmes/${programmeId}/periods/${opened.body.id}/close`,
    );
    expect(closed.body.status).toBe('closed');
    expect(
      (await ctx.call('coordinator', 'POST', `/programmes/${programmeId}/periods/${opened.body.id}/close`))
        .status,
    ).toBe(409);
    const reopened = await ctx.call<{ status: string }>(
      'coordinator',
      'POST',
      `/programmes/${programmeId}/periods/${opened.body.id}/reopen`,
    );
    expect(reopened.body.status).toBe('open');
    expect((await ctx.call('reporterAarhus', 'GET', `/programmes/${programmeId}/periods`)).status).toBe(404);
    const events = await ctx.app
      .get(DataSource)
      .query<{ event_type: string }[]>(
        `SELECT event_type FROM outbox_message WHERE message_key = $1 ORDER BY position`,
        [programmeId],
      );
    expect(events.map((event) => event.event_type.split('.').slice(3, 5).join('.'))).toEqual([
      // Tied to a goal, then configured with the goals left out (the first test), then with targets.
      'programme-indicator.configured',
      'programme-indicator.configured',
      'programme-indicator.configured',
      'target.set',
      'target.set',
      'reporting-period.opened',
      'reporting-period.closed',
      'reporting-period.opened',
    ]);
  });

  it('publishes target.set for each target set, changed or removed, and nothing for an unchanged one', async () => {
    const programme = randomUUID();
    await ctx.seedProgramme(programme, 'target-events', [[DEMO_ORGANISATIONS.backbone.id, ['backbone']]]);
    const configure = (targets: { period: string; value: number }[]) =>
      ctx.call('coordinator', 'PUT', `/programmes/${programme}/indicators/hjemloese-unge`, {
        frequency: 'annual',
        baseline: null,
        targets,
      });
    expect(
      (
        await configure([
          { period: '2026', value: 90 },
          { period: '2027', value: 60 },
        ])
      ).status,
    ).toBe(200);
    expect(
      (
        await configure([
          { period: '2026', value: 80 },
          { period: '2028', value: 40 },
        ])
      ).status,
    ).toBe(200);
    expect(
      (
        await configure([
          { period: '2026', value: 80 },
          { period: '2028', value: 40 },
        ])
      ).status,
    ).toBe(200);
    const events = await ctx.app
      .get(DataSource)
      .query<{ payload: { period: string; value: number | null; previousValue: number | null } }[]>(
        `SELECT payload FROM outbox_message WHERE message_key = $1 AND event_type = 'dk.samvirke.measurement.target.set.v1'
         ORDER BY position`,
        [programme],
      );
    expect(events.map(({ payload }) => [payload.period, payload.value, payload.previousValue])).toEqual([
      ['2026', 90, null],
      ['2027', 60, null],
      ['2026', 80, 90],
      ['2027', null, 60],
      ['2028', 40, null],
    ]);
  });
});
