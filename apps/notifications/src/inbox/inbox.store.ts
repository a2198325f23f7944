import type { EntityManager } from 'typeorm';
import type { InboxItemDto, NotificationAbout, NotificationLanguage } from '@samvirke/contracts';
import type { InboxFilter, InboxScope, StoredNotification } from './inbox.rules.js';

interface InboxRow {
  id: string;
  event_id: string;
  event_type: string;
  category: InboxItemDto['category'];
  critical: boolean;
  programme_id: string | null;
  organisation_id: string;
  title_da: string;
  title_en: string;
  body_da: string;
  body_en: string;
  created_at: Date;
  read_at: Date | null;
  about_kind: NotificationAbout['kind'] | null;
  about_id: string | null;
  total: string;
}

/**
 * The notifications a user may see: those of their organisations addressed to one of their roles
 * (or to everyone there), once per event, without categories they muted in-app (critical ones
 * always show). $1 organisations, $2 roles, $3 subject.
 */
const VISIBLE = `
  WITH visible AS (
    SELECT DISTINCT ON (n.event_id) n.* FROM notification n
     WHERE n.organisation_id = ANY($1::uuid[]) AND (n.audience_role = '*' OR n.audience_role = ANY($2::text[]))
       AND (n.critical OR NOT EXISTS (SELECT 1 FROM preference p WHERE p.subject = $3 AND p.category = n.category
                                        AND p.channel = 'in-app' AND p.setting = 'off'))
     ORDER BY n.event_id, n.id)`;

const scopeParams = (scope: InboxScope): unknown[] => [scope.organisations, scope.roles, scope.subject];

export async function listInbox(
  manager: EntityManager,
  scope: InboxScope,
  filter: InboxFilter,
  page: { limit: number; offset: number },
): Promise<{ notifications: StoredNotification[]; total: number }> {
  const params = scopeParams(scope);
  const where: string[] = [];
  if (filter.unread !== undefined) where.push(filter.unread ? 'r.read_at IS NULL' : 'r.read_at IS NOT NULL');
  if (filter.category) {
    params.push(filter.category);
    where.push(`v.category = $${params.length}`);
  }
  const rows = await manager.query<InboxRow[]>(
    `${VISIBLE}
     SELECT v.*, r.read_at, count(*) OVER ()::text AS total FROM visible v
       LEFT JOIN notification_read r ON r.notification_id = v.id AND r.subject = $3
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY v.created_at DESC, v.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.limit, page.offset],
  );
  return { notifications: rows.map(toStored), total: Number(rows[0]?.total ?? 0) };
}

export async function unreadCount(manager: EntityManager, scope: InboxScope): Promise<number> {
  const [row] = await manager.query<{ unread: string }[]>(
    `${VISIBLE}
     SELECT count(*)::text AS unread FROM visible v
      WHERE NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = v.id AND r.subject = $3)`,
    scopeParams(scope),
  );
  return Number(row?.unread ?? 0);
}

/** A notification the user may see, with the event it tells of (its read state not looked up). */
export async function findVisible(
  manager: EntityManager,
  scope: InboxScope,
  id: string,
): Promise<{ notification: StoredNotification; eventId: string } | undefined> {
  const [row] = await manager.query<InboxRow[]>(
    `${VISIBLE} SELECT v.*, NULL::timestamptz AS read_at, '1' AS total FROM visible v WHERE v.id = $4`,
    [...scopeParams(scope), id],
  );
  return row ? { notification: toStored(row), eventId: row.event_id } : undefined;
}

/** Every copy of the event the user can see is read with it. */
export async function markEventRead(
  manager: EntityManager,
  scope: InboxScope,
  eventId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO notification_read (notification_id, subject)
     SELECT n.id, $3 FROM notification n
      WHERE n.event_id = $4 AND n.organisation_id = ANY($1::uuid[])
        AND (n.audience_role = '*' OR n.audience_role = ANY($2::text[]))
     ON CONFLICT DO NOTHING`,
    [...scopeParams(scope), eventId],
  );
}

export async function readAt(manager: EntityManager, id: string, subject: string): Promise<Date | undefined> {
  const [row] = await manager.query<{ read_at: Date }[]>(
    `SELECT read_at FROM notification_read WHERE notification_id = $1 AND subject = $2`,
    [id, subject],
  );
  return row?.read_at;
}

/** Marks every notification of the user's organisations and roles read; returns how many were new. */
export async function markAllRead(manager: EntityManager, scope: InboxScope): Promise<number> {
  const inserted = await manager.query<unknown[]>(
    `INSERT INTO notification_read (notification_id, subject)
     SELECT n.id, $3 FROM notification n
      WHERE n.organisation_id = ANY($1::uuid[]) AND (n.audience_role = '*' OR n.audience_role = ANY($2::text[]))
     ON CONFLICT DO NOTHING RETURNING notification_id`,
    scopeParams(scope),
  );
  return inserted.length;
}

/** The language the user chose, Danish when they did not. */
export async function readerLanguage(manager: EntityManager, subject: string): Promise<NotificationLanguage> {
  const [row] = await manager.query<{ language: NotificationLanguage | null }[]>(
    `SELECT language FROM user_profile WHERE subject = $1`,
    [subject],
  );
  return row?.language ?? 'da';
}

function toStored(row: InboxRow): StoredNotification {
  return {
    id: row.id,
    eventType: row.event_type,
    category: row.category,
    critical: row.critical,
    programmeId: row.programme_id,
    organisationId: row.organisation_id,
    title: { da: row.title_da, en: row.title_en },
    body: { da: row.body_da, en: row.body_en },
    createdAt: row.created_at,
    readAt: row.read_at,
    about: row.about_kind && row.about_id ? { kind: row.about_kind, id: row.about_id } : null,
  };
}
