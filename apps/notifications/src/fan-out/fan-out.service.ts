import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  isCriticalCategory,
  notificationDeliveredV1,
  type CloudEvent,
  type NotificationLanguage,
} from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { DirectoryLookup, RULES_BY_TYPE, type NotificationRule } from '../rules/rules.js';
import { TemplateBook, type RenderedMessage } from '../rules/templates.js';

interface EmailRecipient {
  email: string;
  language: NotificationLanguage;
}

/**
 * Turns one event into in-app notifications and e-mail deliveries (webhooks carry public events:
 * webhooks/webhook-fan-out.ts), inside the
 * consumer's transaction. Nothing is sent here: the delivery worker sends committed rows. Every
 * (event, recipient, channel) has a unique key, so the same event can never be queued twice.
 */
@Injectable()
export class FanOutService {
  constructor(
    private readonly templates: TemplateBook,
    private readonly outbox: EventOutbox,
  ) {}

  async apply(event: CloudEvent, data: unknown, manager: EntityManager): Promise<void> {
    const rule = RULES_BY_TYPE.get(event.type);
    if (rule) {
      if (event.programmeid && !(await this.knowsProgramme(manager, event.programmeid))) {
        // Partners records a new programme's memberships before programme.created: wait for it.
        await manager.query(
          `INSERT INTO deferred_notification (event_id, programme_id, event) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING`,
          [event.id, event.programmeid, JSON.stringify({ ...event, data })],
        );
      } else {
        await this.notify(rule, event, data as Record<string, unknown>, manager);
      }
    }
  }

  /** Notifies what waited for this programme, now that notifications knows it. */
  async releaseDeferred(programmeId: string, manager: EntityManager): Promise<void> {
    const deferred = await manager.query<{ event: CloudEvent<Record<string, unknown>> }[]>(
      `WITH released AS (DELETE FROM deferred_notification WHERE programme_id = $1 RETURNING seq, event)
       SELECT event FROM released ORDER BY seq`,
      [programmeId],
    );
    for (const { event } of deferred) {
      const rule = RULES_BY_TYPE.get(event.type);
      if (rule) await this.notify(rule, event, event.data, manager);
    }
  }

  private async knowsProgramme(manager: EntityManager, programmeId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM known_programme WHERE id = $1`, [programmeId]);
    return rows.length > 0;
  }

  private async notify(
    rule: NotificationRule,
    event: CloudEvent,
    data: Record<string, unknown>,
    manager: EntityManager,
  ): Promise<void> {
    const outcome = await rule.resolve(data, new DirectoryLookup(manager));
    const rendered: Record<NotificationLanguage, RenderedMessage> = {
      da: this.templates.render(rule.template, 'da', outcome.variables('da')),
      en: this.templates.render(rule.template, 'en', outcome.variables('en')),
    };
    const critical = isCriticalCategory(rule.category);
    const programmeId = event.programmeid ?? null;
    const recipients = new Map<string, EmailRecipient>();
    for (const audience of outcome.audiences) {
      for (const organisationId of new Set(audience.organisationIds.filter(Boolean))) {
        const inserted = await manager.query<{ id: string }[]>(
          `INSERT INTO notification (id, event_id, event_type, category, critical, programme_id, organisation_id,
                                     audience_role, title_da, title_en, body_da, body_en)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (event_id, organisation_id, audience_role) DO NOTHING RETURNING id`,
          [
            randomUUID(),
            event.id,
            event.type,
            rule.category,
            critical,
            programmeId,
            organisationId,
            audience.role,
            rendered.da.subject,
            rendered.en.subject,
            rendered.da.body,
            rendered.en.body,
          ],
        );
        for (const row of inserted) {
          await this.outbox.record(
            manager,
            notificationDeliveredV1,
            {
              deliveryId: row.id,
              sourceEventId: event.id,
              sourceEventType: event.type,
              channel: 'in-app',
              category: rule.category,
              attempts: 0,
              deliveredAt: new Date().toISOString(),
            },
            { subject: row.id, ...(programmeId ? { programmeId } : {}) },
          );
        }
        for (const recipient of await this.emailRecipients(manager, organisationId, audience.role)) {
          if (!recipients.has(recipient.email)) recipients.set(recipient.email, recipient);
        }
      }
    }
    for (const recipient of recipients.values()) {
      const setting = critical ? 'on' : await this.emailSetting(manager, recipient.email, rule.category);
      if (setting === 'off') continue;
      const message = rendered[recipient.language];
      await manager.query(
        `INSERT INTO delivery (id, dedupe_key, channel, recipient, event_id, event_type, category, language,
                               subject, body, status, next_attempt_at)
         VALUES ($1, $2, 'email', $3, $4, $5, $6, $7, $8, $9, $10, now())
         ON CONFLICT (dedupe_key) DO NOTHING`,
        [
          randomUUID(),
          `email:${event.id}:${recipient.email}`,
          recipient.email,
          event.id,
          event.type,
          rule.category,
          recipient.language,
          message.subject,
          message.body,
          setting === 'digest' ? 'held' : 'pending',
        ],
      );
    }
  }

  /**
   * The organisation's contacts from partners, and the users notifications has seen with the role.
   * A user's own language choice wins over the contact's; Danish when nobody said.
   */
  private async emailRecipients(
    manager: EntityManager,
    organisationId: string,
    role: string,
  ): Promise<EmailRecipient[]> {
    const rows = await manager.query<{ email: string; language: NotificationLanguage }[]>(
      `WITH candidates AS (
         SELECT lower(email) AS email, language, 2 AS rank FROM contact WHERE organisation_id = $1 AND NOT removed
         UNION ALL
         SELECT lower(email), language, CASE WHEN language IS NULL THEN 3 ELSE 1 END FROM user_profile
          WHERE email IS NOT NULL AND $1 = ANY(organisations) AND ($2 = '*' OR $2 = ANY(roles))
       ),
       chosen AS (
         SELECT DISTINCT ON (c.email) c.email,
                coalesce(p.language, c.language, 'da') AS language
           FROM candidates c
           LEFT JOIN user_profile p ON lower(p.email) = c.email AND p.language IS NOT NULL
          ORDER BY c.email, c.rank
       )
       SELECT email, language FROM chosen ORDER BY email`,
      [organisationId, role],
    );
    return rows;
  }

  /** A recipient's e-mail setting for a category, from the preferences of users with that address. */
  private async emailSetting(
    manager: EntityManager,
    email: string,
    category: string,
  ): Promise<'on' | 'off' | 'digest'> {
    const rows = await manager.query<{ setting: 'on' | 'off' | 'digest' }[]>(
      `SELECT p.setting FROM preference p JOIN user_profile u ON u.subject = p.subject
        WHERE lower(u.email) = $1 AND p.category = $2 AND p.channel = 'email'`,
      [email, category],
    );
    if (rows.some((row) => row.setting === 'on') || rows.length === 0) return 'on';
    return rows.some((row) => row.setting === 'digest') ? 'digest' : 'off';
  }
}
