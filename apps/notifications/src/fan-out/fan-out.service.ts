import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  isCriticalCategory,
  notificationDeliveredV1,
  type CloudEvent,
  type NotificationAbout,
  type NotificationLanguage,
  type RegisteredEvent,
} from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../config.js';
import type { RenderedMessage } from '../templates/templates.rules.js';
import { TemplateBook } from '../templates/templates.store.js';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links.js';
import {
  addRecipients,
  audienceOrganisations,
  emailDedupeKey,
  emailSetting,
  emailStatus,
  ruleForType,
  type EmailRecipient,
} from './fan-out.rules.js';
import {
  deferNotification,
  directoryFacts,
  emailRecipients,
  emailSettings,
  insertEmailDelivery,
  insertNotification,
  knowsProgramme,
  takeDeferred,
} from './fan-out.store.js';
import { aboutOf } from './notification-about.js';
import type { Audience, NotificationRule } from './notification-rule.js';

/** One event's messages, rendered once in every language, and what they are about. */
interface Notice {
  readonly rule: NotificationRule;
  readonly event: CloudEvent;
  readonly critical: boolean;
  readonly rendered: Record<NotificationLanguage, RenderedMessage>;
  readonly about: NotificationAbout | null;
}

/**
 * Turns one event into in-app notifications and e-mail deliveries (webhooks carry public events:
 * webhooks/), inside the consumer's transaction. Nothing is sent here: the delivery worker sends
 * committed rows. Every (event, recipient, channel) has a unique key, so the same event can never
 * be queued twice.
 */
@Injectable()
export class FanOutService {
  private readonly logger = new Logger(FanOutService.name);
  private readonly links: UnsubscribeLinks;

  constructor(
    private readonly templates: TemplateBook,
    private readonly outbox: EventOutbox,
    @Inject(NOTIFICATIONS_CONFIG) config: NotificationsConfig,
  ) {
    this.links = new UnsubscribeLinks(config);
  }

  async notify<D extends RegisteredEvent>(
    rule: NotificationRule<D>,
    data: z.infer<D['schema']>,
    event: CloudEvent,
    manager: EntityManager,
  ): Promise<void> {
    if (event.programmeid && !(await knowsProgramme(manager, event.programmeid))) {
      // Partners records a new programme's memberships before programme.created: wait for it.
      await deferNotification(manager, event, event.programmeid, data);
      return;
    }
    await this.fanOut(rule, data, event, manager);
  }

  /** Notifies what waited for this programme, now that notifications knows it. */
  async releaseDeferred(programmeId: string, manager: EntityManager): Promise<void> {
    for (const event of await takeDeferred(manager, programmeId)) {
      const rule = ruleForType(event.type);
      if (!rule) continue;
      // Checked against the contract when it came; checked again to give the rule its type.
      const data = rule.event.schema.safeParse(event.data);
      if (data.success) await this.fanOut(rule, data.data, event, manager);
      else this.logger.warn({ msg: 'deferred event does not match its contract', eventId: event.id });
    }
  }

  private async fanOut<D extends RegisteredEvent>(
    rule: NotificationRule<D>,
    data: z.infer<D['schema']>,
    event: CloudEvent,
    manager: EntityManager,
  ): Promise<void> {
    const outcome = rule.outcome(data, await directoryFacts(manager, rule.directory(data)));
    const render = (language: NotificationLanguage) =>
      this.templates.render(rule.template, language, outcome.variables(language));
    const notice: Notice = {
      rule,
      event,
      critical: isCriticalCategory(rule.category),
      rendered: { da: render('da'), en: render('en') },
      about: aboutOf(data, event.programmeid ?? null),
    };
    const recipients = new Map<string, EmailRecipient>();
    for (const audience of outcome.audiences) {
      for (const organisationId of audienceOrganisations(audience)) {
        await this.notifyInApp(notice, organisationId, audience, manager);
        addRecipients(recipients, await emailRecipients(manager, organisationId, audience.role));
      }
    }
    for (const recipient of recipients.values()) await this.queueEmail(notice, recipient, manager);
  }

  private async notifyInApp(
    { rule, event, critical, rendered, about }: Notice,
    organisationId: string,
    audience: Audience,
    manager: EntityManager,
  ): Promise<void> {
    const programmeId = event.programmeid ?? null;
    const id = await insertNotification(manager, {
      eventId: event.id,
      eventType: event.type,
      category: rule.category,
      critical,
      programmeId,
      organisationId,
      audienceRole: audience.role,
      title: { da: rendered.da.subject, en: rendered.en.subject },
      body: { da: rendered.da.body, en: rendered.en.body },
      about,
    });
    if (id === undefined) return;
    await this.outbox.record(
      manager,
      notificationDeliveredV1,
      {
        deliveryId: id,
        sourceEventId: event.id,
        sourceEventType: event.type,
        channel: 'in-app',
        category: rule.category,
        attempts: 0,
        deliveredAt: new Date().toISOString(),
      },
      { subject: id, ...(programmeId ? { programmeId } : {}) },
    );
  }

  private async queueEmail(
    { rule, event, critical, rendered }: Notice,
    recipient: EmailRecipient,
    manager: EntityManager,
  ): Promise<void> {
    const settings = critical ? [] : await emailSettings(manager, recipient.email, rule.category);
    const setting = emailSetting(critical, settings);
    if (setting === 'off') return;
    const message = rendered[recipient.language];
    // Critical e-mails carry no unsubscribe link: they cannot be turned off.
    const signed = critical
      ? { body: message.body, unsubscribeToken: null }
      : this.links.sign(recipient.email, [rule.category], recipient.language, message.body);
    await insertEmailDelivery(manager, {
      dedupeKey: emailDedupeKey(event.id, recipient.email),
      recipient,
      eventId: event.id,
      eventType: event.type,
      category: rule.category,
      subject: message.subject,
      ...signed,
      status: emailStatus(setting),
    });
  }
}
