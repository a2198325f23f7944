import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type {
  CloudEvent,
  NotificationAbout,
  NotificationCategory,
  NotificationLanguage,
} from '@samvirke/contracts';
import type { EmailRecipient, EmailSetting } from './fan-out.rules.js';
import type { DirectoryFacts, DirectoryQuestion } from './notification-rule.js';

/** Whether notifications has heard of the programme (its programme.created). */
export async function knowsProgramme(manager: EntityManager, programmeId: string): Promise<boolean> {
  const rows = await manager.query<unknown[]>(`SELECT 1 FROM known_programme WHERE id = $1`, [programmeId]);
  return rows.length > 0;
}

/** Keeps an event until its programme is known (the event with its data, as it came). */
export async function deferNotification(
  manager: EntityManager,
  event: CloudEvent,
  programmeId: string,
  data: unknown,
): Promise<void> {
  await manager.query(
    `INSERT INTO deferred_notification (event_id, programme_id, event) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING`,
    [event.id, programmeId, JSON.stringify({ ...event, data })],
  );
}

/** Takes out the events that waited for a programme, in the order they came. */
export async function takeDeferred(manager: EntityManager, programmeId: string): Promise<CloudEvent[]> {
  const rows = await manager.query<{ event: CloudEvent }[]>(
    `WITH released AS (DELETE FROM deferred_notification WHERE programme_id = $1 RETURNING seq, event)
     SELECT event FROM released ORDER BY seq`,
    [programmeId],
  );
  return rows.map((row) => row.event);
}

/** Notifications' own copy of partners' data, read inside the consumer's transaction. */
export async function directoryFacts(
  manager: EntityManager,
  question: DirectoryQuestion,
): Promise<DirectoryFacts> {
  const [programme] = await manager.query<{ name: string }[]>(
    `SELECT name FROM known_programme WHERE id = $1`,
    [question.programmeId],
  );
  const names = await manager.query<{ id: string; name: string }[]>(
    `SELECT id, name FROM known_organisation WHERE id = ANY($1::uuid[])`,
    [[...new Set(question.organisationIds)]],
  );
  return {
    programmeName: programme?.name ?? question.programmeId,
    organisationNames: new Map(names.map((row) => [row.id, row.name])),
    backbones: question.backbones ? await backbones(manager, question.programmeId) : [],
    ...(question.members ? { members: await members(manager, question.programmeId) } : {}),
  };
}

/** The programme's current member organisations, from partners' membership events. */
async function members(manager: EntityManager, programmeId: string): Promise<string[]> {
  const rows = await manager.query<{ organisation_id: string }[]>(
    `SELECT organisation_id FROM programme_member WHERE programme_id = $1 AND left_on IS NULL
      ORDER BY organisation_id`,
    [programmeId],
  );
  return rows.map((row) => row.organisation_id);
}

/** The programme's backbone organisations: the programme's backbone and members with the backbone role. */
async function backbones(manager: EntityManager, programmeId: string): Promise<string[]> {
  const rows = await manager.query<{ organisation_id: string }[]>(
    `SELECT organisation_id FROM programme_member
      WHERE programme_id = $1 AND left_on IS NULL AND 'backbone' = ANY(roles)
     UNION
     SELECT backbone_organisation_id FROM known_programme WHERE id = $1 AND backbone_organisation_id IS NOT NULL`,
    [programmeId],
  );
  return rows.map((row) => row.organisation_id);
}

export interface NotificationRow {
  readonly eventId: string;
  readonly eventType: string;
  readonly category: NotificationCategory;
  readonly critical: boolean;
  readonly programmeId: string | null;
  readonly organisationId: string;
  readonly audienceRole: string;
  readonly title: Record<NotificationLanguage, string>;
  readonly body: Record<NotificationLanguage, string>;
  readonly about: NotificationAbout | null;
}

/** The in-app notification of an event for one audience; its id, or undefined if it exists already. */
export async function insertNotification(
  manager: EntityManager,
  row: NotificationRow,
): Promise<string | undefined> {
  const [inserted] = await manager.query<{ id: string }[]>(
    `INSERT INTO notification (id, event_id, event_type, category, critical, programme_id, organisation_id,
                               audience_role, title_da, title_en, body_da, body_en, about_kind, about_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (event_id, organisation_id, audience_role) DO NOTHING RETURNING id`,
    [
      randomUUID(),
      row.eventId,
      row.eventType,
      row.category,
      row.critical,
      row.programmeId,
      row.organisationId,
      row.audienceRole,
      row.title.da,
      row.title.en,
      row.body.da,
      row.body.en,
      row.about?.kind ?? null,
      row.about?.id ?? null,
    ],
  );
  return inserted?.id;
}

/**
 * The organisation's contacts from partners, and the users notifications has seen with the role.
 * A user's own language choice wins over the contact's; Danish when nobody said.
 */
export async function emailRecipients(
  manager: EntityManager,
  organisationId: string,
  role: string,
): Promise<EmailRecipient[]> {
  return manager.query<EmailRecipient[]>(
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
}

/** The e-mail settings for a category of every user with this address. */
export async function emailSettings(
  manager: EntityManager,
  email: string,
  category: NotificationCategory,
): Promise<EmailSetting[]> {
  // An address that followed an unsubscribe link is off, whatever else holds, until a user with it
  // chooses e-mail for the category again (which ends the opt-out).
  const rows = await manager.query<{ setting: EmailSetting }[]>(
    `SELECT 'off' AS setting FROM email_opt_out
      WHERE email_digest = left(encode(sha256(convert_to($1, 'UTF8')), 'hex'), 32) AND category = $2
     UNION ALL
     SELECT p.setting FROM preference p JOIN user_profile u ON u.subject = p.subject
      WHERE lower(u.email) = $1 AND p.category = $2 AND p.channel = 'email'
        AND NOT EXISTS (SELECT 1 FROM email_opt_out
                         WHERE email_digest = left(encode(sha256(convert_to($1, 'UTF8')), 'hex'), 32) AND category = $2)`,
    [email, category],
  );
  return rows.map((row) => row.setting);
}

export interface EmailDeliveryRow {
  readonly dedupeKey: string;
  readonly recipient: EmailRecipient;
  readonly eventId: string;
  readonly eventType: string;
  readonly category: NotificationCategory;
  readonly subject: string;
  readonly body: string;
  readonly unsubscribeToken: string | null;
  readonly status: 'pending' | 'held';
}

/** Queues one e-mail for the delivery worker (or the digest, when held); once per dedupe key. */
export async function insertEmailDelivery(manager: EntityManager, row: EmailDeliveryRow): Promise<void> {
  await manager.query(
    `INSERT INTO delivery (id, dedupe_key, channel, recipient, event_id, event_type, category, language,
                           subject, body, status, unsubscribe_token, next_attempt_at)
     VALUES ($1, $2, 'email', $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [
      randomUUID(),
      row.dedupeKey,
      row.recipient.email,
      row.eventId,
      row.eventType,
      row.category,
      row.recipient.language,
      row.subject,
      row.body,
      row.status,
      row.unsubscribeToken,
    ],
  );
}
