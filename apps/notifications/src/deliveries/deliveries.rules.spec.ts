import {
  digestBundles,
  dueDigestDay,
  dueHeldEmails,
  isoWeekday,
  leaseSeconds,
  nextStep,
  webhookOutcome,
} from './deliveries.rules.js';

const failed = { ok: false, statusCode: 500, error: 'HTTP 500', durationMs: 12 };

describe('delivery rules', () => {
  it('records a delivered attempt as delivered', () => {
    expect(nextStep({ ...failed, ok: true, error: null }, 1, [1000], 0)).toEqual({ status: 'delivered' });
  });

  it('retries a failure by the schedule with jitter, then gives up', () => {
    expect(nextStep(failed, 1, [1000, 2000], 0.5, () => 1)).toEqual({ status: 'retry', delayMs: 1500 });
    expect(nextStep(failed, 2, [1000, 2000], 0, () => 0)).toEqual({ status: 'retry', delayMs: 2000 });
    expect(nextStep(failed, 3, [1000, 2000], 0)).toEqual({ status: 'dead', reason: 'attempts-exhausted' });
  });

  it('gives up at once on a gone or disabled endpoint', () => {
    const gone = webhookOutcome({ ok: false, statusCode: 410, error: 'HTTP 410' }, 5);
    expect(gone).toEqual({
      ok: false,
      statusCode: 410,
      error: 'HTTP 410',
      durationMs: 5,
      deadReason: 'endpoint-gone',
    });
    expect(nextStep(gone, 1, [1000], 0)).toEqual({ status: 'dead', reason: 'endpoint-gone' });
    expect(webhookOutcome({ ok: false, statusCode: 503, error: 'HTTP 503' }, 5)).not.toHaveProperty(
      'deadReason',
    );
  });

  it('leases a claim for longer than a webhook may take', () => {
    expect(leaseSeconds(10_000)).toBe(40);
    expect(leaseSeconds(2_500)).toBe(33);
  });
});

describe('the daily digest', () => {
  it('is due once the hour has passed in Copenhagen, summer and winter', () => {
    expect(dueDigestDay(new Date('2030-03-04T05:59:00Z'), 7)).toBeUndefined();
    expect(dueDigestDay(new Date('2030-03-04T06:01:00Z'), 7)).toBe('2030-03-04');
    expect(dueDigestDay(new Date('2030-07-04T04:59:00Z'), 7)).toBeUndefined();
    expect(dueDigestDay(new Date('2030-07-04T05:00:00Z'), 7)).toBe('2030-07-04');
    // 23:30 UTC is already the next day in Copenhagen.
    expect(dueDigestDay(new Date('2030-03-04T23:30:00Z'), 0)).toBe('2030-03-05');
  });

  it('bundles held e-mails per recipient, in the language of the latest', () => {
    const bundles = digestBundles([
      { id: '1', recipient: 'a@x.example', language: 'da', subject: 'Første', category: 'grant-update' },
      { id: '2', recipient: 'b@x.example', language: null, subject: 'Other' },
      { id: '3', recipient: 'a@x.example', language: 'en', subject: 'Second', category: 'announcement' },
    ]);
    expect(bundles).toEqual([
      {
        recipient: 'a@x.example',
        language: 'en',
        heldIds: ['1', '3'],
        categories: ['announcement', 'grant-update'],
        variables: { count: '2', items: '- Første\n- Second' },
      },
      {
        recipient: 'b@x.example',
        language: 'da',
        heldIds: ['2'],
        categories: [],
        variables: { count: '1', items: '- Other' },
      },
    ]);
  });
});

describe('the weekly digest', () => {
  it('knows the ISO weekday of a day', () => {
    expect(isoWeekday('2030-03-04')).toBe(1);
    expect(isoWeekday('2030-03-06')).toBe(3);
    expect(isoWeekday('2030-03-10')).toBe(7);
  });

  it("takes weekly readers' e-mails only on their weekday, and daily and unknown ones every day", () => {
    const held = [
      { id: 'weekly-wed', recipient: 'w@x.example', language: null, subject: 'W', schedules: [3] },
      { id: 'contact', recipient: 'c@x.example', language: null, subject: 'C', schedules: [] },
      { id: 'daily', recipient: 'd@x.example', language: null, subject: 'D', schedules: [0] },
      { id: 'mixed', recipient: 'm@x.example', language: null, subject: 'M', schedules: [5, 0] },
    ];
    expect(dueHeldEmails(held, 1).map((row) => row.id)).toEqual(['contact', 'daily', 'mixed']);
    expect(dueHeldEmails(held, 3).map((row) => row.id)).toEqual(['weekly-wed', 'contact', 'daily', 'mixed']);
  });
});
