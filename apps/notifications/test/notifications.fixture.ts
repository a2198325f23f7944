/**
 * Test fixture: the notifications service in this process, in its own schema and topic prefix,
 * sending mail to a real SMTP server on loopback (the mail catcher) with compressed retry
 * schedules; a stand-in for partners, measurement and grants that publishes their events through
 * a real outbox and relay; and a client that calls the service with real Keycloak tokens.
 */
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  contactChangedV1,
  organisationRegisteredV1,
  type CloudEvent,
  type MembershipRole,
} from '@samvirke/contracts';
import { connectEventConsumer, type PendingEvent } from '@samvirke/messaging';
import { createDataSource, migrate } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import {
  clientToken,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  programmeEvents,
  freePort,
  startEffectApp,
  uniqueSuiteId,
  userToken,
  waitFor,
  type EffectApp,
} from '@samvirke/testing';
import {
  AppModule,
  NOTIFICATION_TOPICS,
  NOTIFICATIONS_HTTP_OPTIONS,
  notificationsDataSourceSpec,
} from '../src/app.module.js';
import { MailCatcher } from '../src/mail-catcher/mail-catcher.js';
import type { CaughtMail } from '../src/mail-catcher/mail-message.js';

export type Caller = keyof typeof DEMO_USERS | 'integration' | null;
export type Problem = { errors?: { pointer: string; detail?: string }[]; status?: number };
export const pointers = (body: Problem): string[] => (body.errors ?? []).map((error) => error.pointer).sort();

export interface NotificationsSuite {
  app: INestApplication;
  url: string;
  db: DataSource;
  mail: MailCatcher;
  publisher: EffectApp;
  call<T>(caller: Caller, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  publish(events: readonly PendingEvent[]): Promise<CloudEvent[]>;
  /** Waits until notifications has handled every one of these events. */
  handled(events: readonly CloudEvent[]): Promise<void>;
  seedProgramme(name: string, members: [string, MembershipRole[]][]): Promise<string>;
  addContact(organisationId: string, email: string, language: 'da' | 'en'): Promise<string>;
  /** The mails the catcher received for this address, optionally only those whose subject matches. */
  mailsTo(address: string, subject?: RegExp): CaughtMail[];
}

/** The data of a reporting.overdue or reporting.deadline-approaching event (due 31 July 2026). */
export const reportingData = (programmeId: string, organisationId: string, period: string) => ({
  programmeId,
  periodId: randomUUID(),
  period,
  dueDate: '2026-07-31',
  organisationId,
});

const ORGANISATION_EVENTS = Object.values(DEMO_ORGANISATIONS).map((organisation) => ({
  definition: organisationRegisteredV1,
  data: {
    organisationId: organisation.id,
    name: organisation.name,
    type: organisation.type,
    cvr: null,
    kommunekode: null,
    registeredAt: new Date().toISOString(),
  },
  options: { subject: organisation.id },
}));

export function notificationsSuite(label: string, env: Record<string, string> = {}): NotificationsSuite {
  const suite = uniqueSuiteId(label);
  const ctx = {} as NotificationsSuite;

  beforeAll(async () => {
    ctx.mail = new MailCatcher({ smtpPort: await freePort() });
    await ctx.mail.start();
    Object.assign(process.env, {
      DATABASE_SCHEMA: suite,
      KAFKA_TOPIC_PREFIX: `${suite}.`,
      OUTBOX_POLL_INTERVAL_MS: '200',
      SMTP_PORT: String(ctx.mail.smtpPort),
      EMAIL_RETRY_SCHEDULE_MS: '100,200,400,800,1000,1000,1000,1000,1000,1000,1000,1000',
      WEBHOOK_RETRY_SCHEDULE_MS: '50,100,200',
      DELIVERY_POLL_INTERVAL_MS: '50',
      WEBHOOK_TIMEOUT_MS: '2000',
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      WEBHOOK_REQUIRE_HTTPS: 'false',
      // Tests run the digest themselves, at the times they choose.
      DIGEST_CHECK_INTERVAL_MS: '3600000',
      ...env,
    });
    const migrator = createDataSource(notificationsDataSourceSpec());
    await migrate(migrator);
    await migrator.destroy();
    ctx.app = await createHttpApp(AppModule, NOTIFICATIONS_HTTP_OPTIONS);
    connectEventConsumer(ctx.app, { consumer: 'notifications', topics: NOTIFICATION_TOPICS });
    await ctx.app.startAllMicroservices();
    await ctx.app.listen(0, '127.0.0.1');
    ctx.url = (await ctx.app.getUrl()).replace('[::1]', '127.0.0.1');
    ctx.db = ctx.app.get(DataSource);
    ctx.publisher = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, consumer: false });
    await ctx.handled(await ctx.publish(ORGANISATION_EVENTS));
  }, 120_000);

  afterAll(async () => {
    await ctx.publisher?.close();
    await ctx.app?.close();
    await ctx.mail?.stop();
    await dropSchema(suite, ['samvirke_notifications', 'samvirke_partners']);
  }, 60_000);

  ctx.call = async <T>(caller: Caller, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller === 'integration') headers['authorization'] = `Bearer ${await clientToken()}`;
    else if (caller) headers['authorization'] = `Bearer ${await userToken(DEMO_USERS[caller].username)}`;
    const response = await fetch(`${ctx.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  ctx.publish = (events) =>
    ctx.publisher.dataSource.transaction((manager) => ctx.publisher.outbox.recordAll(manager, events));

  ctx.handled = async (events) => {
    await waitFor(
      `notifications to handle ${events.length} event(s)`,
      async () => {
        const [row] = await ctx.db.query<{ count: string }[]>(
          `SELECT count(*)::text AS count FROM inbox_message WHERE consumer = 'notifications' AND event_id = ANY($1)`,
          [events.map((event) => event.id)],
        );
        return row?.count === String(events.length);
      },
      { timeoutMs: 30_000 },
    );
  };

  ctx.seedProgramme = async (name, members) => {
    const programmeId = randomUUID();
    const events = await ctx.publish(
      programmeEvents({ programmeId, name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), members }),
    );
    await ctx.handled(events);
    return programmeId;
  };

  ctx.addContact = async (organisationId, email, language) => {
    const contactId = randomUUID();
    await ctx.handled(
      await ctx.publish([
        {
          definition: contactChangedV1,
          data: {
            contactId,
            organisationId,
            name: 'Kontakt Person',
            email,
            role: 'Kontaktperson',
            language,
            removed: false,
          },
          options: { subject: organisationId },
        },
      ]),
    );
    return contactId;
  };

  ctx.mailsTo = (address, subject) =>
    ctx.mail.messages.filter(
      (mail) => mail.envelopeTo.includes(address) && (subject === undefined || subject.test(mail.subject)),
    );
  return ctx;
}
