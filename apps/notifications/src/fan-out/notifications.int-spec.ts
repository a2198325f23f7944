import { randomUUID } from 'node:crypto';
import {
  decisionRecordedV1,
  healthCheckRoundOpenedV1,
  membershipGrantedV1,
  NOTIFICATIONS_API,
  programmeCreatedV1,
  reportingOverdueV1,
  trancheEligibleV1,
  trancheHeldV1,
  type CloudEvent,
  type InboxItemDto,
  type Page,
  type PreferencesDto,
} from '@samvirke/contracts';
import { servedAndDocumented, DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import {
  notificationsSuite,
  pointers,
  reportingData,
  type Problem,
} from '../../test/notifications.fixture.js';

/** Rules, e-mail over a real SMTP server, the in-app inbox and exactly-once, from real Kafka events. */
const ctx = notificationsSuite('notifications');
const KBH = DEMO_ORGANISATIONS.kobenhavn.id;
let programmeId: string;
const DA_CONTACT = `kontakt.${randomUUID().slice(0, 8)}@kk.example`;
const EN_CONTACT = `contact.${randomUUID().slice(0, 8)}@kk.example`;

const reporting = (organisationId: string, period: string) =>
  reportingData(programmeId, organisationId, period);
const mailsTo = (address: string, subject?: RegExp) => ctx.mailsTo(address, subject);

beforeAll(async () => {
  programmeId = await ctx.seedProgramme('Hjem til Alle Alliancen', [
    [KBH, ['data-provider']],
    [DEMO_ORGANISATIONS.aarhus.id, ['data-provider']],
    [DEMO_ORGANISATIONS.backbone.id, ['backbone']],
  ]);
  await ctx.addContact(KBH, DA_CONTACT, 'da');
  await ctx.addContact(KBH, EN_CONTACT, 'en');
  // Users become known to notifications when they call it.
  for (const user of ['reporterKobenhavn', 'reporterAarhus', 'coordinator'] as const) {
    expect((await ctx.call(user, 'GET', '/preferences')).status).toBe(200);
  }
}, 120_000);

describe('rules: who hears of an event, in which language', () => {
  let overdue: CloudEvent;

  it('e-mails the municipality contacts in their language and its reporter in Danish when reporting is overdue', async () => {
    [overdue] = await ctx.publish([
      {
        definition: reportingOverdueV1,
        data: reporting(KBH, '2026-Q2'),
        options: { subject: programmeId, programmeId },
      },
    ]);
    await waitFor('three mails about the overdue report', () =>
      [
        DA_CONTACT,
        EN_CONTACT,
        'reporter.kobenhavn@samvirke.example',
        'coordinator.backbone@samvirke.example',
      ].every((address) => mailsTo(address, /2026-Q2/).length === 1),
    );
    expect(mailsTo(DA_CONTACT, /2026-Q2/)[0]?.subject).toBe(
      'Indberetning for 2026-Q2 er forsinket (Københavns Kommune)',
    );
    expect(mailsTo(DA_CONTACT, /2026-Q2/)[0]?.text).toContain('31. juli 2026');
    expect(mailsTo(EN_CONTACT, /2026-Q2/)[0]?.subject).toBe(
      'Reporting for 2026-Q2 is overdue (Københavns Kommune)',
    );
    expect(mailsTo(EN_CONTACT, /2026-Q2/)[0]?.text).toContain('31 July 2026');
    expect(mailsTo('reporter.kobenhavn@samvirke.example', /2026-Q2/)[0]?.language).toBe('da');
    expect(mailsTo('reporter.aarhus@samvirke.example', /2026-Q2/)).toEqual([]);
  });

  it('puts it in the in-app inbox of the reporters and of the backbone coordinators, not of other municipalities', async () => {
    const reporter = await ctx.call<Page<InboxItemDto>>('reporterKobenhavn', 'GET', '/inbox');
    expect(reporter.body.items).toContainEqual(
      expect.objectContaining({
        category: 'reporting-overdue',
        critical: true,
        organisationId: KBH,
        title: 'Indberetning for 2026-Q2 er forsinket (Københavns Kommune)',
        readAt: null,
        // What it is about, for a link to the period's report.
        about: { kind: 'reporting-period', id: (overdue.data as { periodId: string }).periodId },
      }),
    );
    const coordinator = await ctx.call<Page<InboxItemDto>>('coordinator', 'GET', '/inbox');
    expect(coordinator.body.items.map((item) => item.eventType)).toContain(reportingOverdueV1.type);
    const aarhus = await ctx.call<Page<InboxItemDto>>(
      'reporterAarhus',
      'GET',
      '/inbox?category=reporting-overdue',
    );
    expect(aarhus.body.items).toEqual([]);
  });

  it('shows every delivery with its status, and records notification.delivered for each', async () => {
    const deliveries = await waitFor('every delivery to be recorded as sent', async () => {
      const page = await ctx.call<Page<{ channel: string; status: string; attempts: number }>>(
        'admin',
        'GET',
        `/deliveries?eventId=${overdue.id}`,
      );
      return page.body.items.every((item) => item.status === 'sent') ? page : undefined;
    });
    expect(deliveries.body.items).toHaveLength(4);
    expect(deliveries.body.items.every((item) => item.channel === 'email' && item.attempts === 1)).toBe(true);
    const [events] = await ctx.db.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM outbox_message
        WHERE event_type = 'dk.samvirke.notifications.notification.delivered.v1' AND payload->>'sourceEventId' = $1`,
      [overdue.id],
    );
    // Four e-mails and two in-app notifications (the municipality's reporters, the backbone's coordinators).
    expect(events?.count).toBe('6');
    expect((await ctx.call('reporterKobenhavn', 'GET', '/deliveries')).status).toBe(403);
    const metrics = await (await fetch(`${ctx.url}/metrics`)).text();
    expect(metrics).toMatch(
      /samvirke_notification_delivery_attempts_total\{channel="email",outcome="delivered"\} \d+/,
    );
  });

  it('sends nothing twice when Kafka delivers the same event again', async () => {
    const before = ctx.mail.messages.length;
    await ctx.publisher.dataSource.query(`UPDATE outbox_message SET published_at = NULL WHERE id = $1`, [
      overdue.id,
    ]);
    // A later event on the same key (partition) shows that the redelivery has been consumed.
    const [marker] = await ctx.publish([
      {
        definition: reportingOverdueV1,
        data: reporting(KBH, '2026-Q3'),
        options: { subject: programmeId, programmeId },
      },
    ]);
    await ctx.handled([marker]);
    await waitFor('the marker mails', () => mailsTo(DA_CONTACT, /2026-Q3/).length === 1);
    await waitFor('every marker mail', () => ctx.mail.messages.length === before + 4);
    expect(mailsTo(DA_CONTACT, /2026-Q2/)).toHaveLength(1);
    const [rows] = await ctx.db.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM notification WHERE event_id = $1`,
      [overdue.id],
    );
    expect(rows?.count).toBe('2');
  });
});

describe('directory', () => {
  it("keeps partners' organisations (what the walking skeleton reads through the gateway)", async () => {
    const known = await ctx.call<{ name: string; lastEventId: string }>(
      'admin',
      'GET',
      `/directory/organisations/${KBH}`,
    );
    expect(known.status).toBe(200);
    expect(known.body.name).toBe('Københavns Kommune');
    expect((await ctx.call('admin', 'GET', `/directory/organisations/${randomUUID()}`)).status).toBe(404);
    expect((await ctx.call('reporterKobenhavn', 'GET', `/directory/organisations/${KBH}`)).status).toBe(403);
  });
});

describe('an event before its programme', () => {
  it('waits for programme.created so the message can name the programme', async () => {
    const laterId = randomUUID();
    const membership = {
      definition: membershipGrantedV1,
      data: {
        membershipId: randomUUID(),
        programmeId: laterId,
        organisationId: KBH,
        roles: ['data-provider' as const],
        joinedOn: '2026-02-01',
      },
      options: { subject: laterId, programmeId: laterId },
    };
    const created = {
      definition: programmeCreatedV1,
      data: {
        programmeId: laterId,
        slug: 'rummelighed-for-alle',
        name: 'Rummelighed for alle',
        status: 'planning' as const,
        startDate: '2026-01-01',
        endDate: null,
        backboneOrganisationId: null,
        goals: [],
        themes: [],
      },
      options: { subject: laterId, programmeId: laterId },
    };
    // Partners records a new programme's memberships before programme.created, in one transaction.
    await ctx.publish([membership, created]);
    const mail = await waitFor('the membership mail', () => mailsTo(EN_CONTACT, /Rummelighed for alle/)[0]);
    expect(mail.subject).toBe('Københavns Kommune has joined Rummelighed for alle');
    const [left] = await ctx.db.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM deferred_notification`,
    );
    expect(left?.count).toBe('0');
  });
});

describe('in-app inbox', () => {
  it('counts unread, lists, and marks read per user', async () => {
    const unread = async (user: 'reporterKobenhavn' | 'coordinator') =>
      (await ctx.call<{ unread: number }>(user, 'GET', '/inbox/unread-count')).body.unread;
    const before = await unread('reporterKobenhavn');
    const coordinatorBefore = await unread('coordinator');
    expect(before).toBeGreaterThanOrEqual(2);
    const list = await ctx.call<Page<InboxItemDto>>('reporterKobenhavn', 'GET', '/inbox?unread=true&limit=1');
    expect(list.body.total).toBe(before);
    const first = list.body.items[0];
    const marked = await ctx.call<InboxItemDto>('reporterKobenhavn', 'POST', `/inbox/${first.id}/read`);
    expect(marked.status).toBe(200);
    expect(marked.body.readAt).not.toBeNull();
    expect(await unread('reporterKobenhavn')).toBe(before - 1);
    expect(await unread('coordinator')).toBe(coordinatorBefore);
    expect((await ctx.call('reporterAarhus', 'POST', `/inbox/${first.id}/read`)).status).toBe(404);
    expect((await ctx.call('reporterKobenhavn', 'POST', `/inbox/${randomUUID()}/read`)).status).toBe(404);
    const all = await ctx.call<{ marked: number }>('reporterKobenhavn', 'POST', '/inbox/read-all');
    expect(all.body.marked).toBeGreaterThanOrEqual(before - 1);
    expect(await unread('reporterKobenhavn')).toBe(0);
    expect((await ctx.call(null, 'GET', '/inbox')).status).toBe(401);
  });
});

describe('grants', () => {
  const tranche = () => ({
    trancheId: randomUUID(),
    awardId: randomUUID(),
    programmeId,
    granteeOrganisationId: KBH,
    funderOrganisationIds: [DEMO_ORGANISATIONS.helsefonden.id, DEMO_ORGANISATIONS.bikubenfonden.id],
    amountOre: 125_000_000,
    title: 'Rate 2',
    earliestDate: '2026-09-01',
  });
  const OFFICER = 'officer.helsefonden@samvirke.example';

  it("tells the funding foundations' officers in-app and by e-mail when a tranche becomes eligible", async () => {
    expect((await ctx.call('helsefonden', 'GET', '/preferences')).status).toBe(200);
    await ctx.publish([
      {
        definition: trancheEligibleV1,
        data: {
          ...tranche(),
          eligibleAt: new Date().toISOString(),
          fulfilledBy: [{ submissionId: randomUUID(), version: 1, period: '2026-Q2' }],
        },
        options: { subject: programmeId, programmeId },
      },
    ]);
    const mail = await waitFor('the officer mail', () => mailsTo(OFFICER, /Rate klar til udbetaling/)[0]);
    expect(mail.text).toMatch(/Raten "Rate 2" på 1\.250\.000\skr\./);
    const inbox = await ctx.call<Page<InboxItemDto>>('helsefonden', 'GET', '/inbox');
    const eligible = inbox.body.items.find((item) => item.eventType === trancheEligibleV1.type);
    expect(eligible?.category).toBe('grant-update');
    expect(eligible?.about?.kind).toBe('award');
    const bikuben = await ctx.call<Page<InboxItemDto>>('bikubenfonden', 'GET', '/inbox');
    expect(bikuben.body.items.map((item) => item.eventType)).toContain(trancheEligibleV1.type);
    const grantee = await ctx.call<Page<InboxItemDto>>(
      'reporterKobenhavn',
      'GET',
      `/inbox?category=grant-update`,
    );
    expect(grantee.body.items).toEqual([]);
  });

  it('delivers a held payment (critical) even to an officer who muted grant updates', async () => {
    const muted = await ctx.call<PreferencesDto>('helsefonden', 'PUT', '/preferences', {
      categories: { 'grant-update': { email: 'off', inApp: 'off' } },
    });
    expect(muted.status).toBe(200);
    await ctx.publish([
      {
        definition: trancheHeldV1,
        data: {
          ...tranche(),
          heldAt: new Date().toISOString(),
          returned: { submissionId: randomUUID(), version: 2, period: '2026-Q2' },
        },
        options: { subject: programmeId, programmeId },
      },
    ]);
    const mail = await waitFor('the held-payment mail', () => mailsTo(OFFICER, /Udbetaling tilbageholdt/)[0]);
    expect(mail.subject).toMatch(/^Udbetaling tilbageholdt: 1\.250\.000\skr\. til Københavns Kommune$/);
    const inbox = await ctx.call<Page<InboxItemDto>>('helsefonden', 'GET', '/inbox');
    expect(inbox.body.items.map((item) => item.category)).toEqual(['payment-held']);
  });
});

describe('templates', () => {
  it('tells every member organisation that a health check round is open, in its language', async () => {
    const roundId = randomUUID();
    await ctx.publish([
      {
        definition: healthCheckRoundOpenedV1,
        data: {
          roundId,
          programmeId,
          title: 'Sundhedstjek, efterår',
          opensOn: '2026-09-01',
          closesOn: '2026-09-21',
          itemSetVersion: 1,
          memberOrganisationIds: [KBH, DEMO_ORGANISATIONS.aarhus.id, DEMO_ORGANISATIONS.backbone.id],
        },
        options: { subject: programmeId, programmeId },
      },
    ]);
    const subject = /Sundhedstjek, efterår/;
    await waitFor('the round in the members’ mail', () =>
      [
        DA_CONTACT,
        EN_CONTACT,
        'reporter.aarhus@samvirke.example',
        'coordinator.backbone@samvirke.example',
      ].every((address) => mailsTo(address, subject).length === 1),
    );
    expect(mailsTo(DA_CONTACT, subject)[0]?.subject).toBe(
      'Sundhedstjek i Hjem til Alle Alliancen: Sundhedstjek, efterår',
    );
    expect(mailsTo(DA_CONTACT, subject)[0]?.text).toContain('21. september 2026');
    expect(mailsTo(EN_CONTACT, subject)[0]?.text).toContain('21 September 2026');
    const inbox = await ctx.call<Page<InboxItemDto>>('reporterAarhus', 'GET', '/inbox');
    expect(inbox.body.items.map((item) => item.eventType)).toContain(healthCheckRoundOpenedV1.type);
  });

  it('tells every current member organisation of the programme of a decision in its log', async () => {
    await ctx.publish([
      {
        definition: decisionRecordedV1,
        data: {
          decisionId: randomUUID(),
          programmeId,
          meetingId: null,
          title: 'Fælles indsats for unge uden uddannelse',
          decidedOn: '2026-10-02',
          goalIds: [],
          activityIds: [],
          indicatorIds: [],
          awardIds: [],
        },
        options: { subject: programmeId, programmeId },
      },
    ]);
    const subject = /Fælles indsats for unge/;
    await waitFor('the decision in the members’ mail', () =>
      [DA_CONTACT, 'reporter.aarhus@samvirke.example', 'coordinator.backbone@samvirke.example'].every(
        (address) => mailsTo(address, subject).length === 1,
      ),
    );
    expect(mailsTo(DA_CONTACT, subject)[0]?.subject).toBe(
      'Hjem til Alle Alliancen: Ny beslutning – Fælles indsats for unge uden uddannelse',
    );
    expect(mailsTo(DA_CONTACT, subject)[0]?.text).toContain('2. oktober 2026');
    const inbox = await ctx.call<Page<InboxItemDto>>('reporterKobenhavn', 'GET', '/inbox');
    expect(inbox.body.items.find((item) => item.eventType === decisionRecordedV1.type)?.category).toBe(
      'governance',
    );
  });

  it('previews a template in Danish or English and refuses an unknown language', async () => {
    const english = await ctx.call<{ subject: string }>(
      'admin',
      'GET',
      '/templates/tranche-eligible/preview?language=en',
    );
    expect(english.status).toBe(200);
    expect(english.body.subject).toMatch(/^Tranche ready for payment: DKK\s1,250,000 to Københavns Kommune$/);
    const french = await ctx.call<Problem>('admin', 'GET', '/templates/tranche-eligible/preview?language=fr');
    expect(french.status).toBe(422);
    expect(pointers(french.body)).toEqual(['/language']);
    expect((await ctx.call('admin', 'GET', '/templates/no-such-template/preview?language=da')).status).toBe(
      404,
    );
    expect((await ctx.call('reporterAarhus', 'GET', '/templates/digest/preview?language=da')).status).toBe(
      403,
    );
  });
});

it('serves exactly the operations of NOTIFICATIONS_API (besides health and metrics)', () => {
  const { served, documented } = servedAndDocumented(ctx.app, NOTIFICATIONS_API);
  expect(served).toEqual(documented);
});
