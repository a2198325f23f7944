import { randomUUID } from 'node:crypto';
import { reportingDeadlineApproachingV1 } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import {
  notificationsSuite,
  pointers,
  reportingData,
  type Problem,
} from '../../test/notifications.fixture.js';

/** The delivery worker against a real SMTP server: abandoned sends, an outage, and dead-letter replay. */
const ctx = notificationsSuite('deliveries');
const KBH = DEMO_ORGANISATIONS.kobenhavn.id;
let programmeId: string;

const reporting = (organisationId: string, period: string) =>
  reportingData(programmeId, organisationId, period);
const mailsTo = (address: string) => ctx.mailsTo(address);

beforeAll(async () => {
  programmeId = await ctx.seedProgramme('Hjem til Alle Alliancen', [
    [KBH, ['data-provider']],
    [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
  ]);
  await ctx.addContact(KBH, `kontakt.${randomUUID().slice(0, 8)}@kk.example`, 'da');
  await ctx.addContact(KBH, `contact.${randomUUID().slice(0, 8)}@kk.example`, 'en');
  // Users become known to notifications when they call it.
  for (const user of ['reporterKobenhavn', 'coordinator'] as const) {
    expect((await ctx.call(user, 'GET', '/preferences')).status).toBe(200);
  }
}, 120_000);

describe('a mail server that is down', () => {
  it('takes back a delivery whose worker died mid-send (its lease ran out) and sends it once', async () => {
    const id = randomUUID();
    await ctx.db.query(
      `INSERT INTO delivery (id, dedupe_key, channel, recipient, subject, body, status, attempts, next_attempt_at, lease_until)
       VALUES ($1, $2, 'email', 'lease@kk.example', 'Efterladt af en stoppet worker', 'Tekst', 'sending', 1, now(), now() - interval '1 second')`,
      [id, `test:${id}`],
    );
    const row = await waitFor('the abandoned delivery to be sent', async () => {
      const [current] = await ctx.db.query<{ status: string; attempts: number }[]>(
        `SELECT status, attempts FROM delivery WHERE id = $1`,
        [id],
      );
      return current?.status === 'sent' ? current : undefined;
    });
    expect(mailsTo('lease@kk.example')).toHaveLength(1);
    expect(row).toEqual({ status: 'sent', attempts: 2 });
  });

  it('retries while SMTP is down and delivers every mail exactly once after it returns', async () => {
    await ctx.mail.stopSmtp();
    const periods = ['2028-Q1', '2028-Q2', '2028-Q3', '2028-Q4', '2029-Q1'];
    const events = await ctx.publish(
      periods.map((period) => ({
        definition: reportingDeadlineApproachingV1,
        data: reporting(KBH, period),
        options: { subject: programmeId, programmeId },
      })),
    );
    await ctx.handled(events);
    const ids = events.map((event) => event.id);
    await waitFor(
      'every delivery to have failed at least twice',
      async () => {
        const rows = await ctx.db.query<{ attempts: number; status: string; last_error: string | null }[]>(
          `SELECT attempts, status, last_error FROM delivery WHERE event_id = ANY($1)`,
          [ids],
        );
        return (
          rows.length === 15 &&
          rows.every((row) => row.attempts >= 2 && row.status !== 'sent' && row.last_error)
        );
      },
      { timeoutMs: 30_000 },
    );
    await ctx.mail.start();
    await waitFor(
      'every delivery to be sent',
      async () => {
        const rows = await ctx.db.query<{ status: string }[]>(
          `SELECT status FROM delivery WHERE event_id = ANY($1)`,
          [ids],
        );
        return rows.every((row) => row.status === 'sent');
      },
      { timeoutMs: 30_000 },
    );
    const deliveries = await ctx.db.query<{ id: string }[]>(
      `SELECT id FROM delivery WHERE event_id = ANY($1)`,
      [ids],
    );
    const received = ctx.mail.messages.filter((mail) =>
      periods.some((period) => mail.subject.includes(period)),
    );
    expect(received).toHaveLength(15);
    expect(new Set(received.map((mail) => mail.messageId))).toEqual(
      new Set(deliveries.map((delivery) => `<${delivery.id}@samvirke.notifications>`)),
    );
  });

  it('sends a dead e-mail again when a platform admin replays it, one by one or all since a time', async () => {
    const dead = async (recipient: string, diedAt: string) => {
      const id = randomUUID();
      await ctx.db.query(
        `INSERT INTO delivery (id, dedupe_key, channel, recipient, subject, body, status, attempts, next_attempt_at, dead_at, dead_reason)
         VALUES ($1, $2, 'email', $3, 'Opgivet efter en lang SMTP-nedetid', 'Tekst', 'dead', 8, now(), $4, 'attempts used up')`,
        [id, `test:${id}`, recipient, diedAt],
      );
      return id;
    };
    const sent = (id: string) =>
      waitFor(`delivery ${id} to be sent`, async () => {
        const [row] = await ctx.db.query<{ status: string; replays: number }[]>(
          `SELECT status, replays FROM delivery WHERE id = $1`,
          [id],
        );
        return row?.status === 'sent' ? row : undefined;
      });
    const one = await dead('replay-one@kk.example', new Date(Date.now() - 3_600_000).toISOString());
    expect((await ctx.call('coordinator', 'POST', `/deliveries/${one}/replay`)).status).toBe(403);
    const replayed = await ctx.call<{ id: string; status: string }>(
      'admin',
      'POST',
      `/deliveries/${one}/replay`,
    );
    expect(replayed.status).toBe(200);
    expect(await sent(one)).toEqual({ status: 'sent', replays: 1 });
    expect(mailsTo('replay-one@kk.example')).toHaveLength(1);
    const again = await ctx.call<Problem>('admin', 'POST', `/deliveries/${one}/replay`);
    expect(again.status).toBe(409);
    expect((await ctx.call('admin', 'POST', `/deliveries/${randomUUID()}/replay`)).status).toBe(404);

    const since = new Date(Date.now() - 60_000).toISOString();
    const older = await dead('replay-old@kk.example', new Date(Date.now() - 3_600_000).toISOString());
    const recent = [
      await dead('replay-a@kk.example', new Date().toISOString()),
      await dead('replay-b@kk.example', new Date().toISOString()),
    ];
    const all = await ctx.call<{ replayed: number }>('admin', 'POST', '/deliveries/replay', { since });
    expect(all).toEqual({ status: 200, body: { replayed: 2 } });
    for (const id of recent) await sent(id);
    expect([mailsTo('replay-a@kk.example').length, mailsTo('replay-b@kk.example').length]).toEqual([1, 1]);
    const [left] = await ctx.db.query<{ status: string }[]>(`SELECT status FROM delivery WHERE id = $1`, [
      older,
    ]);
    expect(left?.status).toBe('dead');
    const bad = await ctx.call<Problem>('admin', 'POST', '/deliveries/replay', { since: 'gisteren' });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/since']);
  });
});
