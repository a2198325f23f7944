import { randomUUID } from 'node:crypto';
import {
  announcementPublishedV1,
  reportingDeadlineApproachingV1,
  type PreferencesDto,
} from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import {
  notificationsSuite,
  pointers,
  reportingData,
  type Problem,
} from '../../test/notifications.fixture.js';
import { DigestScheduler } from '../deliveries/digest.scheduler.js';

/** The weekly digest, against real Kafka events, PostgreSQL and a real SMTP server (the mail catcher). */
const ctx = notificationsSuite('weekly-digest');
const READER = 'reporter.aarhus@samvirke.example';
let programmeId: string;

beforeAll(async () => {
  programmeId = await ctx.seedProgramme('Hjem til Alle Alliancen', [
    [DEMO_ORGANISATIONS.aarhus.id, ['data-provider']],
    [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
  ]);
  expect((await ctx.call('reporterAarhus', 'GET', '/preferences')).status).toBe(200);
}, 120_000);

describe('the weekly digest', () => {
  it('refuses an unknown frequency or weekday, naming each, and changes nothing', async () => {
    const before = await ctx.call<PreferencesDto>('reporterAarhus', 'GET', '/preferences');
    expect(before.body.digest).toEqual({ frequency: 'daily', weekday: 1 });
    const bad = await ctx.call<Problem>('reporterAarhus', 'PUT', '/preferences', {
      language: 'en',
      digest: { frequency: 'monthly', weekday: 8 },
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/digest/frequency', '/digest/weekday']);
    expect((await ctx.call<PreferencesDto>('reporterAarhus', 'GET', '/preferences')).body).toEqual(
      before.body,
    );
  });

  it("holds weekly readers' e-mails, announcements included, for their weekday and sends each once", async () => {
    const changed = await ctx.call<PreferencesDto>('reporterAarhus', 'PUT', '/preferences', {
      language: 'en',
      digest: { frequency: 'weekly', weekday: 3 },
      categories: { announcement: { email: 'digest' }, 'reporting-reminder': { email: 'digest' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.digest).toEqual({ frequency: 'weekly', weekday: 3 });
    const title = `Nyt fra styregruppen ${randomUUID().slice(0, 6)}`;
    const events = await ctx.publish([
      {
        definition: announcementPublishedV1,
        data: {
          announcementId: randomUUID(),
          programmeId,
          title,
          excerpt: 'Styregruppen mødes igen i januar.',
          authorOrganisationId: DEMO_ORGANISATIONS.backbone.id,
          recipientOrganisationIds: [DEMO_ORGANISATIONS.aarhus.id],
          publishedAt: new Date().toISOString(),
        },
        options: { subject: programmeId, programmeId },
      },
      {
        definition: reportingDeadlineApproachingV1,
        data: reportingData(programmeId, DEMO_ORGANISATIONS.aarhus.id, '2031-Q1'),
        options: { subject: programmeId, programmeId },
      },
    ]);
    await ctx.handled(events);
    const held = () =>
      ctx.db.query<{ status: string; digest_id: string | null }[]>(
        `SELECT status, digest_id FROM delivery WHERE recipient = $1 AND event_id = ANY($2)`,
        [READER, events.map((event) => event.id)],
      );
    expect((await held()).map((row) => row.status)).toEqual(['held', 'held']);

    const digests = ctx.app.get(DigestScheduler);
    // Monday 2030-03-04 and Tuesday: the daily digest runs, but this reader's day is Wednesday.
    expect(await digests.runIfDue(new Date('2030-03-04T06:01:00Z'))).toBe(0);
    expect(await digests.runIfDue(new Date('2030-03-05T06:01:00Z'))).toBe(0);
    expect((await held()).map((row) => row.status)).toEqual(['held', 'held']);
    expect(await digests.runIfDue(new Date('2030-03-06T06:01:00Z'))).toBe(1);

    const digest = await waitFor(
      'the weekly digest mail',
      () => ctx.mailsTo(READER, /since the last digest/)[0],
    );
    expect(digest.subject).toBe('Samvirke: 2 notifications since the last digest');
    expect(digest.text).toContain(title);
    expect(digest.text).toContain('2031-Q1');
    expect(digest.text).toMatch(/Unsubscribe from these e-mails: http:\/\/127\.0\.0\.1:5173\/afmeld\/v1\./);
    expect(digest.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    const rows = await held();
    expect(rows.map((row) => row.status)).toEqual(['digested', 'digested']);
    expect(new Set(rows.map((row) => row.digest_id)).size).toBe(1);
    // The next Wednesday there is nothing left: each notification was in exactly one digest.
    expect(await digests.runIfDue(new Date('2030-03-13T06:01:00Z'))).toBe(0);
    expect(ctx.mailsTo(READER, /since the last digest/)).toHaveLength(1);
  });

  it('sends a reader who goes back to daily their held e-mails on the next day', async () => {
    await ctx.call('reporterAarhus', 'PUT', '/preferences', { digest: { weekday: 5 } });
    const events = await ctx.publish([
      {
        definition: reportingDeadlineApproachingV1,
        data: reportingData(programmeId, DEMO_ORGANISATIONS.aarhus.id, '2031-Q2'),
        options: { subject: programmeId, programmeId },
      },
    ]);
    await ctx.handled(events);
    expect(await ctx.app.get(DigestScheduler).runIfDue(new Date('2030-03-18T06:01:00Z'))).toBe(0);
    const daily = await ctx.call<PreferencesDto>('reporterAarhus', 'PUT', '/preferences', {
      digest: { frequency: 'daily' },
    });
    expect(daily.body.digest).toEqual({ frequency: 'daily', weekday: 5 });
    expect(await ctx.app.get(DigestScheduler).runIfDue(new Date('2030-03-19T06:01:00Z'))).toBe(1);
    await waitFor('the daily digest with 2031-Q2', () =>
      ctx.mailsTo(READER, /since the last digest/).some((mail) => mail.text.includes('2031-Q2')),
    );
  });
});
