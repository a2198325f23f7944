import { randomUUID } from 'node:crypto';
import {
  reportingDeadlineApproachingV1,
  reportingOverdueV1,
  submissionReturnedV1,
  type InboxItemDto,
  type Page,
  type PreferencesDto,
} from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import {
  notificationsSuite,
  pointers,
  reportingData,
  type Problem,
} from '../../test/notifications.fixture.js';

/** A user's preferences, against real Kafka events and a real SMTP server: refusals, muting, language, digest. */
const ctx = notificationsSuite('preferences');
let programmeId: string;

beforeAll(async () => {
  programmeId = await ctx.seedProgramme('Hjem til Alle Alliancen', [
    [DEMO_ORGANISATIONS.aarhus.id, ['data-provider']],
    [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
  ]);
  // Users become known to notifications when they call it.
  expect((await ctx.call('reporterAarhus', 'GET', '/preferences')).status).toBe(200);
}, 120_000);

describe('preferences', () => {
  it('refuses muting or digesting a critical category, an unknown language or category, and stores nothing', async () => {
    const before = await ctx.call<PreferencesDto>('reporterAarhus', 'GET', '/preferences');
    const critical = await ctx.call<Problem>('reporterAarhus', 'PUT', '/preferences', {
      language: 'en',
      categories: {
        'reporting-overdue': { email: 'off', inApp: 'off' },
        'payment-held': { email: 'digest' },
        'submission-review': { email: 'off' },
      },
    });
    expect(critical.status).toBe(422);
    expect(pointers(critical.body)).toEqual([
      '/categories/payment-held/email',
      '/categories/reporting-overdue/email',
      '/categories/reporting-overdue/inApp',
    ]);
    const bad = await ctx.call<Problem>('reporterAarhus', 'PUT', '/preferences', {
      language: 'fr',
      categories: { 'no-such-category': { email: 'off' }, 'grant-update': { email: 'loud' } },
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(
      expect.arrayContaining(['/language', '/categories/grant-update/email']),
    );
    expect(pointers(bad.body).some((pointer) => pointer.startsWith('/categories/no-such-category'))).toBe(
      true,
    );
    expect((await ctx.call<PreferencesDto>('reporterAarhus', 'GET', '/preferences')).body).toEqual(
      before.body,
    );
  });

  it('mutes a category per channel, speaks the chosen language, and still delivers critical ones', async () => {
    const aarhusContact = `kontakt.${randomUUID().slice(0, 8)}@aarhus.example`;
    await ctx.addContact(DEMO_ORGANISATIONS.aarhus.id, aarhusContact, 'da');
    const changed = await ctx.call<PreferencesDto>('reporterAarhus', 'PUT', '/preferences', {
      language: 'en',
      categories: { 'submission-review': { email: 'off', inApp: 'off' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.language).toBe('en');
    expect(changed.body.categories).toContainEqual({
      category: 'submission-review',
      critical: false,
      email: 'off',
      inApp: 'off',
    });
    const submission = {
      submissionId: randomUUID(),
      programmeId,
      periodId: randomUUID(),
      period: '2026-Q1',
      organisationId: DEMO_ORGANISATIONS.aarhus.id,
      version: 1,
      indicatorCodes: ['hjemloese-unge'],
    };
    const events = await ctx.publish([
      { definition: submissionReturnedV1, data: submission, options: { subject: programmeId, programmeId } },
      {
        definition: reportingOverdueV1,
        data: reportingData(programmeId, DEMO_ORGANISATIONS.aarhus.id, '2026-Q4'),
        options: { subject: programmeId, programmeId },
      },
    ]);
    await ctx.handled(events);
    await waitFor('the contact to get both mails', () => ctx.mailsTo(aarhusContact).length === 2);
    await waitFor(
      'the reporter to get the overdue mail',
      () => ctx.mailsTo('reporter.aarhus@samvirke.example', /2026-Q4/).length === 1,
    );
    expect(ctx.mailsTo('reporter.aarhus@samvirke.example', /2026-Q4/)[0]?.subject).toBe(
      'Reporting for 2026-Q4 is overdue (Aarhus Kommune)',
    );
    expect(ctx.mailsTo('reporter.aarhus@samvirke.example', /2026-Q1/)).toEqual([]);
    const inbox = await ctx.call<Page<InboxItemDto>>('reporterAarhus', 'GET', '/inbox');
    expect(inbox.body.items.map((item) => item.category)).not.toContain('submission-review');
    expect(inbox.body.items.map((item) => item.title)).toContain(
      'Reporting for 2026-Q4 is overdue (Aarhus Kommune)',
    );
  });

  it('holds non-urgent e-mails for a daily digest and sends them as one mail', async () => {
    const changed = await ctx.call<PreferencesDto>('reporterAarhus', 'PUT', '/preferences', {
      categories: { 'reporting-reminder': { email: 'digest' } },
    });
    expect(changed.status).toBe(200);
    const events = await ctx.publish(
      ['2027-Q1', '2027-Q2'].map((period) => ({
        definition: reportingDeadlineApproachingV1,
        data: reportingData(programmeId, DEMO_ORGANISATIONS.aarhus.id, period),
        options: { subject: programmeId, programmeId },
      })),
    );
    await ctx.handled(events);
    const [held] = await ctx.db.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM delivery WHERE recipient = 'reporter.aarhus@samvirke.example' AND status = 'held'`,
    );
    expect(held?.count).toBe('2');
    expect(ctx.mailsTo('reporter.aarhus@samvirke.example', /2027/)).toEqual([]);
    const { DigestScheduler } = await import('../deliveries/digest.scheduler.js');
    const digests = ctx.app.get(DigestScheduler);
    // Before 07:00 in Copenhagen nothing goes; after it, one digest per recipient, once that day.
    expect(await digests.runIfDue(new Date('2030-03-04T05:59:00Z'))).toBe(0);
    expect(await digests.runIfDue(new Date('2030-03-04T06:01:00Z'))).toBe(1);
    const digest = await waitFor(
      'the digest mail',
      () => ctx.mailsTo('reporter.aarhus@samvirke.example', /notifications since the last digest/)[0],
    );
    expect(digest.subject).toBe('Samvirke: 2 notifications since the last digest');
    expect(digest.text).toContain('Deadline approaching: reporting for 2027-Q1');
    expect(digest.text).toContain('Deadline approaching: reporting for 2027-Q2');
    expect(await digests.runIfDue(new Date('2030-03-04T20:00:00Z'))).toBe(0);
    expect(await digests.runOnce()).toBe(0);
  });
});
