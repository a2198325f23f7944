import { randomUUID } from 'node:crypto';
import {
  reportingOverdueV1,
  submissionReturnedV1,
  type PreferencesDto,
  type UnsubscribeLinkDto,
} from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import { notificationsSuite, reportingData } from '../../test/notifications.fixture.js';
import { DEVELOPMENT_UNSUBSCRIBE_SECRET } from '../config.js';
import { signUnsubscribeToken } from './unsubscribe.rules.js';

/** Signed unsubscribe links in real e-mails (mail catcher), followed without logging in. */
const ctx = notificationsSuite('unsubscribe');
const CONTACT = `kontakt.${randomUUID().slice(0, 8)}@aarhus.example`;
let programmeId: string;

type Answer<T> = { status: number; body: T & { type?: string; errors?: { pointer: string }[] } };

async function follow<T>(method: 'GET' | 'POST', token: string): Promise<Answer<T>> {
  const response = await fetch(`${ctx.url}/unsubscribe/${token}`, {
    method,
    ...(method === 'POST'
      ? {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        }
      : {}),
  });
  return { status: response.status, body: (await response.json()) as Answer<T>['body'] };
}

function returned(period: string) {
  return {
    definition: submissionReturnedV1,
    data: {
      submissionId: randomUUID(),
      programmeId,
      periodId: randomUUID(),
      period,
      organisationId: DEMO_ORGANISATIONS.aarhus.id,
      version: 1,
      indicatorCodes: ['hjemloese-unge'],
    },
    options: { subject: programmeId, programmeId },
  };
}

const overdue = (period: string) => ({
  definition: reportingOverdueV1,
  data: reportingData(programmeId, DEMO_ORGANISATIONS.aarhus.id, period),
  options: { subject: programmeId, programmeId },
});

/** The raw message with folded header lines joined again (RFC 5322 folding). */
const unfolded = (raw = ''): string => raw.replace(/\r?\n[ \t]+/g, ' ');

const tokenIn = (raw: string): string =>
  /\/unsubscribe\/(v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)>/.exec(raw)?.[1] ?? '';

const optOuts = async (): Promise<number> =>
  Number((await ctx.db.query<{ n: string }[]>(`SELECT count(*)::text AS n FROM email_opt_out`))[0]?.n);

beforeAll(async () => {
  programmeId = await ctx.seedProgramme('Hjem til Alle Alliancen', [
    [DEMO_ORGANISATIONS.aarhus.id, ['data-provider']],
    [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
  ]);
  await ctx.addContact(DEMO_ORGANISATIONS.aarhus.id, CONTACT, 'da');
  await ctx.handled(await ctx.publish([returned('2026-Q1'), overdue('2026-Q2')]));
  await waitFor('both mails to the contact', () => ctx.mailsTo(CONTACT).length === 2);
}, 120_000);

describe('signed unsubscribe links', () => {
  it('are in every non-critical e-mail with a one-click header, and never in a critical one', () => {
    const [review] = ctx.mailsTo(CONTACT, /2026-Q1/);
    const [critical] = ctx.mailsTo(CONTACT, /2026-Q2/);
    expect(review?.text).toMatch(
      /Du kan framelde dig disse e-mails her: http:\/\/127\.0\.0\.1:5173\/afmeld\/v1\./,
    );
    expect(unfolded(review?.raw)).toMatch(
      /List-Unsubscribe: <http:\/\/127\.0\.0\.1:3000\/api\/notifications\/unsubscribe\/v1\./,
    );
    expect(unfolded(review?.raw)).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(critical?.raw).not.toContain('List-Unsubscribe');
    expect(critical?.text).not.toContain('/afmeld/');
  });

  it('refuse a tampered, an expired and a critical link with a clear problem, changing nothing', async () => {
    const token = tokenIn(ctx.mailsTo(CONTACT, /2026-Q1/)[0]?.raw ?? '');
    const [version, payload, signature] = token.split('.') as [string, string, string];
    // Another address's digest under the same signature: one bit of the payload flipped.
    const bytes = Buffer.from(payload, 'base64url');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const tampered = `${version}.${bytes.toString('base64url')}.${signature}`;
    const invalid = await follow('POST', tampered);
    expect(invalid.status).toBe(400);
    expect(invalid.body.type).toBe('https://samvirke.dk/problems/unsubscribe-link-invalid');
    expect(invalid.body.errors?.map((error) => error.pointer)).toEqual(['/token']);
    const old = signUnsubscribeToken(
      DEVELOPMENT_UNSUBSCRIBE_SECRET,
      CONTACT,
      ['submission-review'],
      30,
      new Date('2020-01-01'),
    );
    const expired = await follow('POST', old);
    expect(expired.status).toBe(410);
    expect(expired.body.type).toBe('https://samvirke.dk/problems/unsubscribe-link-expired');
    const critical = signUnsubscribeToken(DEVELOPMENT_UNSUBSCRIBE_SECRET, CONTACT, ['reporting-overdue'], 30);
    expect((await follow('POST', critical)).status).toBe(422);
    expect((await follow('GET', 'not-a-token')).status).toBe(400);
    expect(await optOuts()).toBe(0);
  });

  it('shows without changing, turns the category off by one-click POST, and the critical still comes', async () => {
    const token = tokenIn(ctx.mailsTo(CONTACT, /2026-Q1/)[0]?.raw ?? '');
    const shown = await follow<UnsubscribeLinkDto>('GET', token);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ categories: ['submission-review'], unsubscribed: false });
    expect(await optOuts()).toBe(0);
    const done = await follow<UnsubscribeLinkDto>('POST', token);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ categories: ['submission-review'], unsubscribed: true });
    expect((await follow<UnsubscribeLinkDto>('POST', token)).status).toBe(200);
    expect(await optOuts()).toBe(1);

    const events = await ctx.publish([returned('2026-Q3'), overdue('2026-Q4')]);
    await ctx.handled(events);
    await waitFor('the critical mail', () => ctx.mailsTo(CONTACT, /2026-Q4/).length === 1);
    const queued = await ctx.db.query<{ category: string }[]>(
      `SELECT category FROM delivery WHERE recipient = $1 AND event_id = ANY($2)`,
      [CONTACT, events.map((event) => event.id)],
    );
    expect(queued.map((row) => row.category)).toEqual(['reporting-overdue']);
  });

  it("turns a user's preference off too, and choosing e-mail again ends the unsubscribe", async () => {
    expect((await ctx.call('reporterAarhus', 'GET', '/preferences')).status).toBe(200);
    await ctx.handled(await ctx.publish([returned('2027-Q1')]));
    const mail = await waitFor(
      'the reporter mail',
      () => ctx.mailsTo('reporter.aarhus@samvirke.example', /2027-Q1/)[0],
    );
    expect((await follow('POST', tokenIn(mail.raw))).status).toBe(200);
    const off = await ctx.call<PreferencesDto>('reporterAarhus', 'GET', '/preferences');
    expect(off.body.categories.find((entry) => entry.category === 'submission-review')?.email).toBe('off');
    expect(await optOuts()).toBe(2);
    await ctx.call('reporterAarhus', 'PUT', '/preferences', {
      categories: { 'submission-review': { email: 'on' } },
    });
    expect(await optOuts()).toBe(1);
  });
});
