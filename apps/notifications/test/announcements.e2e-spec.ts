import type { AnnouncementDto, AnnouncementReceipts, InboxItemDto, Page } from '@samvirke/contracts';
import {
  DEMO_ORGANISATIONS,
  dropSchema,
  freePort,
  migrateService,
  startService,
  uniqueSuiteId,
  waitFor,
  type RunningService,
} from '@samvirke/testing';
import { gatewayCaller } from './gateway-caller.js';
import { MailCatcher } from '../src/mail-catcher/mail-catcher.js';

/**
 * Announcements end to end, each service its own process behind the gateway: the backbone writes
 * to the programme's data providers; København's reporter finds it in the inbox and in the mail
 * (a real SMTP server), reads it, and the backbone sees the read receipt. A scheduled announcement
 * reaches every member when its time comes. Callers who must be refused are.
 */
const suite = uniqueSuiteId('announcements_e2e');
const env = {
  DATABASE_SCHEMA: suite,
  KAFKA_TOPIC_PREFIX: `${suite}.`,
  OUTBOX_POLL_INTERVAL_MS: '300',
  ANNOUNCEMENT_CHECK_INTERVAL_MS: '500',
};
const services: RunningService[] = [];
let gateway: RunningService;
const mail = new MailCatcher({ smtpPort: 0 });

const { call, ok } = gatewayCaller(() => gateway.url);

let programmeId: string;
let announcements: string;

beforeAll(async () => {
  mail.smtpPort = await freePort();
  await mail.start();
  await Promise.all(['partners', 'notifications'].map((name) => migrateService(name, env)));
  const [partners, notifications] = await Promise.all([
    startService('partners', 'PARTNERS_PORT', env),
    startService('notifications', 'NOTIFICATIONS_PORT', {
      ...env,
      SMTP_PORT: String(mail.smtpPort),
      DELIVERY_POLL_INTERVAL_MS: '100',
    }),
  ]);
  services.push(partners, notifications);
  gateway = await startService('gateway', 'GATEWAY_PORT', {
    ...env,
    PARTNERS_URL: partners.url,
    NOTIFICATIONS_URL: notifications.url,
  });
  services.push(gateway);
  for (const organisation of Object.values(DEMO_ORGANISATIONS)) {
    await ok(
      201,
      call('admin', 'POST', '/partners/organisations', {
        id: organisation.id,
        name: organisation.name,
        type: organisation.type,
        ...(organisation === DEMO_ORGANISATIONS.kobenhavn ? { kommunekode: '101' } : {}),
        ...(organisation === DEMO_ORGANISATIONS.aarhus ? { kommunekode: '751' } : {}),
      }),
    );
  }
  const programme = await ok<{ id: string }>(
    201,
    call('helsefonden', 'POST', '/partners/programmes', {
      slug: `opslag-${suite.slice(-8)}`,
      name: 'Bryd den negative sociale arv',
      problemStatement: 'Børn fra udsatte familier har ringere chancer.',
      vision: 'Lige muligheder.',
      startDate: '2026-01-01',
      backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
    }),
  );
  programmeId = programme.id;
  announcements = `/partners/programmes/${programmeId}/announcements`;
  for (const [organisation, roles] of [
    [DEMO_ORGANISATIONS.kobenhavn.id, ['data-provider']],
    [DEMO_ORGANISATIONS.ngo.id, ['implementing-partner']],
  ] as const) {
    await ok(
      201,
      call('coordinator', 'POST', `/partners/programmes/${programmeId}/members`, {
        organisationId: organisation,
        roles,
      }),
    );
  }
  // Notifications e-mails the users it has seen (with a verified address).
  await ok(200, call('reporterKobenhavn', 'PUT', '/notifications/preferences', { language: 'da' }));
}, 180_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  await mail.stop();
  await dropSchema(suite, ['samvirke_partners', 'samvirke_notifications']);
}, 60_000);

const BODY =
  '# Nyt fra sekretariatet\n\nVi holder **temadag** den 3. marts.\n\n- Tilmelding på [vores side](https://example.dk/temadag)\n- <b>ikke HTML</b>';

describe('announcements', () => {
  it('goes to the data providers by inbox and e-mail, and the backbone sees who read it', async () => {
    const created = await ok<AnnouncementDto>(
      201,
      call('coordinator', 'POST', announcements, {
        title: 'Temadag om data',
        body: BODY,
        audience: { roles: ['data-provider'] },
      }),
    );
    expect(created).toMatchObject({
      status: 'published',
      body: BODY,
      authorOrganisationId: DEMO_ORGANISATIONS.backbone.id,
      authorName: DEMO_ORGANISATIONS.backbone.name,
      recipientOrganisationIds: [DEMO_ORGANISATIONS.kobenhavn.id],
      readAt: null,
    });

    const item = await waitFor('the announcement in København’s inbox', async () => {
      const inbox = await ok<Page<InboxItemDto>>(
        200,
        call('reporterKobenhavn', 'GET', '/notifications/inbox'),
      );
      return inbox.items.find((entry) => entry.category === 'announcement');
    });
    expect(item.title).toBe('Bryd den negative sociale arv: Temadag om data');
    expect(item.about).toEqual({ kind: 'announcement', id: created.id });
    expect(item.body).toContain('Vi holder temadag den 3. marts.');
    const sent = await waitFor('the e-mail to København’s reporter', () =>
      mail.messages.find(
        (message) =>
          message.envelopeTo.some((to) => to.startsWith('reporter.kobenhavn@')) &&
          message.subject.includes('Temadag om data'),
      ),
    );
    expect(sent.text).toContain('Bryd Arven Sekretariatet har skrevet et opslag');

    // The NGO is a member but not a data provider: the announcement is not theirs to see.
    expect((await call('member', 'GET', `${announcements}/${created.id}`)).status).toBe(404);
    expect(await ok<AnnouncementDto[]>(200, call('member', 'GET', announcements))).toEqual([]);

    const read = await ok<{ readAt: string }>(
      200,
      call('reporterKobenhavn', 'POST', `${announcements}/${created.id}/read`),
    );
    const again = await ok<{ readAt: string }>(
      200,
      call('reporterKobenhavn', 'POST', `${announcements}/${created.id}/read`),
    );
    expect(again.readAt).toBe(read.readAt);
    const mine = await ok<AnnouncementDto>(
      200,
      call('reporterKobenhavn', 'GET', `${announcements}/${created.id}`),
    );
    expect(mine.readAt).toBe(read.readAt);
    const receipts = await ok<AnnouncementReceipts>(
      200,
      call('coordinator', 'GET', `${announcements}/${created.id}/receipts`),
    );
    expect(receipts).toEqual({
      announcementId: created.id,
      readers: 1,
      organisations: [
        {
          organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
          organisationName: DEMO_ORGANISATIONS.kobenhavn.name,
          readers: [{ username: 'reporter.kobenhavn', readAt: read.readAt }],
        },
      ],
    });
    expect((await call('reporterKobenhavn', 'GET', `${announcements}/${created.id}/receipts`)).status).toBe(
      403,
    );
  });

  it('publishes a scheduled announcement to every member when its time comes, not before', async () => {
    const publishAt = new Date(Date.now() + 3_000).toISOString();
    const scheduled = await ok<AnnouncementDto>(
      201,
      call('helsefonden', 'POST', announcements, { title: 'Årsmøde', body: 'Kom til årsmødet.', publishAt }),
    );
    expect(scheduled).toMatchObject({ status: 'scheduled', publishedAt: null, recipientOrganisationIds: [] });
    expect((await call('member', 'GET', `${announcements}/${scheduled.id}`)).status).toBe(404);
    const seen = await waitFor('the scheduled announcement for the NGO', async () => {
      const list = await ok<AnnouncementDto[]>(200, call('member', 'GET', announcements));
      return list.find((entry) => entry.id === scheduled.id);
    });
    expect(seen.status).toBe('published');
    expect(new Date(seen.publishedAt ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(publishAt).getTime());
    expect(seen.recipientOrganisationIds.sort()).toEqual(
      [
        DEMO_ORGANISATIONS.helsefonden.id,
        DEMO_ORGANISATIONS.backbone.id,
        DEMO_ORGANISATIONS.kobenhavn.id,
        DEMO_ORGANISATIONS.ngo.id,
      ].sort(),
    );
    await waitFor('the NGO’s inbox', async () => {
      const inbox = await ok<Page<InboxItemDto>>(200, call('member', 'GET', '/notifications/inbox'));
      return inbox.items.find((entry) => entry.about?.id === scheduled.id);
    });
  });

  it('refuses members who do not manage the programme, outsiders, anonymous callers and bad input, changing nothing', async () => {
    const before = await ok<AnnouncementDto[]>(200, call('coordinator', 'GET', announcements));
    const post = { title: 'Ikke tilladt', body: 'Tekst' };
    expect((await call('reporterKobenhavn', 'POST', announcements, post)).status).toBe(403);
    expect((await call('member', 'POST', announcements, post)).status).toBe(403);
    expect((await call('reporterAarhus', 'POST', announcements, post)).status).toBe(404);
    expect((await call('reporterAarhus', 'GET', announcements)).status).toBe(404);
    expect((await call('bikubenfonden', 'GET', `${announcements}/${before[0]?.id}`)).status).toBe(404);
    expect((await call(null, 'GET', announcements)).status).toBe(401);
    const invalid = await call('coordinator', 'POST', announcements, {
      title: '',
      body: ' ',
      publishAt: 'i morgen',
    });
    expect(invalid.status).toBe(400);
    expect((invalid.body.errors ?? []).map((error) => error.pointer).sort()).toEqual([
      '/body',
      '/publishAt',
      '/title',
    ]);
    const outsider = await call('coordinator', 'POST', announcements, {
      title: 'Til Aarhus',
      body: 'Tekst',
      audience: { organisationIds: [DEMO_ORGANISATIONS.aarhus.id] },
    });
    expect(outsider.status).toBe(422);
    expect((outsider.body.errors ?? []).map((error) => error.pointer)).toEqual([
      '/audience/organisationIds/0',
    ]);
    expect(await ok<AnnouncementDto[]>(200, call('coordinator', 'GET', announcements))).toEqual(before);
  });
});
