import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { publicProgrammeUpdatedV1 } from '@samvirke/contracts';
import {
  clientToken,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  freePort,
  migrateService,
  startService,
  uniqueSuiteId,
  userToken,
  waitFor,
  type RunningService,
} from '@samvirke/testing';
import { MailCatcher } from '../src/mail-catcher/mail-catcher.js';

/**
 * Notifications end to end, every service its own process behind the gateway: a municipality joins
 * a programme in partners; its English-speaking contact gets an e-mail through a real SMTP server,
 * the foundation's officer (who chose English) too and finds it in the in-app inbox, and the
 * foundation's ERP gets a webhook of the public programme event (made by the feed's public
 * projector) that the standardwebhooks package verifies.
 */
const suite = uniqueSuiteId('notifications_e2e');
const env = { DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.`, OUTBOX_POLL_INTERVAL_MS: '300' };
const services: RunningService[] = [];
let gateway: RunningService;
const mail = new MailCatcher({ smtpPort: 0 });
const hooks: { headers: IncomingHttpHeaders; body: string }[] = [];
let receiver: Server;
let receiverUrl: string;

beforeAll(async () => {
  mail.smtpPort = await freePort();
  await mail.start();
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      hooks.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/erp`;
  await Promise.all(['partners', 'notifications', 'feed'].map((name) => migrateService(name, env)));
  const [partners, notifications, feed] = await Promise.all([
    startService('partners', 'PARTNERS_PORT', env),
    startService('notifications', 'NOTIFICATIONS_PORT', {
      ...env,
      SMTP_PORT: String(mail.smtpPort),
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      DELIVERY_POLL_INTERVAL_MS: '100',
    }),
    startService('feed', 'FEED_PORT', env),
  ]);
  services.push(partners, notifications, feed);
  gateway = await startService('gateway', 'GATEWAY_PORT', {
    ...env,
    PARTNERS_URL: partners.url,
    NOTIFICATIONS_URL: notifications.url,
    FEED_URL: feed.url,
  });
  services.push(gateway);
}, 180_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  await mail.stop();
  await new Promise((resolve) => receiver.close(resolve));
  await dropSchema(suite, ['samvirke_partners', 'samvirke_notifications', 'samvirke_feed']);
}, 60_000);

type Body = Record<string, unknown>;

async function call(
  caller: keyof typeof DEMO_USERS | 'integration',
  path: string,
  method = 'GET',
  body?: unknown,
): Promise<{ status: number; body: Body }> {
  const token = caller === 'integration' ? await clientToken() : await userToken(DEMO_USERS[caller].username);
  const response = await fetch(`${gateway.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body };
}

async function expectStatus(status: number, request: Promise<{ status: number; body: Body }>): Promise<Body> {
  const response = await request;
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

it("tells a new member's contact, the funder's officer and the funder's ERP, each their way", async () => {
  const helsefonden = DEMO_ORGANISATIONS.helsefonden;
  await expectStatus(
    201,
    call('admin', '/partners/organisations', 'POST', {
      id: helsefonden.id,
      name: helsefonden.name,
      type: 'foundation',
    }),
  );
  const odense = await expectStatus(
    201,
    call('admin', '/partners/organisations', 'POST', {
      name: 'Odense Kommune',
      type: 'municipality',
      kommunekode: '461',
    }),
  );
  await expectStatus(
    201,
    call('admin', `/partners/organisations/${String(odense['id'])}/contacts`, 'POST', {
      name: 'Data Team',
      email: 'data@odense.example',
      role: 'Data lead',
      language: 'en',
    }),
  );
  const preferences = await expectStatus(
    200,
    call('helsefonden', '/notifications/preferences', 'PUT', { language: 'en' }),
  );
  expect(preferences['email']).toBe('officer.helsefonden@samvirke.example');

  const programme = await expectStatus(
    201,
    call('helsefonden', '/partners/programmes', 'POST', {
      slug: 'unge-paa-fynen',
      name: 'Unge på Fyn',
      problemStatement: 'For mange unge står uden uddannelse.',
      vision: 'Alle unge i gang.',
      startDate: '2026-01-01',
    }),
  );
  const programmeId = String(programme['id']);
  // Notifications learns from partners' events that Helsefonden funds the programme; until then 422.
  const subscription = await waitFor('the subscription to be accepted', async () => {
    const response = await call('integration', '/notifications/webhooks/subscriptions', 'POST', {
      url: receiverUrl,
      eventTypes: [publicProgrammeUpdatedV1.type],
      programmeIds: [programmeId],
    });
    return response.status === 201 ? response.body : undefined;
  });

  await expectStatus(
    201,
    call('admin', `/partners/programmes/${programmeId}/members`, 'POST', {
      organisationId: odense['id'],
      roles: ['data-provider'],
    }),
  );
  const contactMail = await waitFor('the contact mail', () =>
    mail.messages.find((message) => message.envelopeTo.includes('data@odense.example')),
  );
  expect(contactMail.subject).toBe('Odense Kommune has joined Unge på Fyn');
  expect(contactMail.text).toContain('as: data provider');
  const officerMail = await waitFor('the officer mail', () =>
    mail.messages.find((message) => message.envelopeTo.includes('officer.helsefonden@samvirke.example')),
  );
  expect(officerMail.subject).toBe('Helsefonden has joined Unge på Fyn');

  const inbox = await expectStatus(200, call('helsefonden', '/notifications/inbox'));
  expect((inbox['items'] as { title: string }[]).map((item) => item.title)).toContain(
    'Helsefonden has joined Unge på Fyn',
  );

  // Integrations hear of programmes through public events: the funder renames the programme.
  await expectStatus(
    200,
    call('helsefonden', `/partners/programmes/${programmeId}`, 'PATCH', { name: 'Unge på hele Fyn' }),
  );
  const hook = await waitFor('the webhook for the renamed programme', () =>
    hooks.find((entry) => entry.body.includes('Unge på hele Fyn')),
  );
  const verified = new Webhook(String(subscription['secret'])).verify(hook.body, {
    'webhook-id': String(hook.headers['webhook-id']),
    'webhook-timestamp': String(hook.headers['webhook-timestamp']),
    'webhook-signature': String(hook.headers['webhook-signature']),
  }) as { type: string; data: Record<string, unknown> };
  expect(verified.type).toBe(publicProgrammeUpdatedV1.type);
  expect(verified.data).toMatchObject({ programmeId, name: 'Unge på hele Fyn' });
  expect(Object.keys(verified.data).sort()).toEqual(
    Object.keys(publicProgrammeUpdatedV1.schema.shape).sort(),
  );
});
