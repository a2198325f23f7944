import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { InboxItemDto, InboxQuery, NotificationLanguage, Page } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { rememberUser, type CurrentUserInfo } from '../users/current-user.js';

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

/** The in-app inbox; read state is materialised per user when they read. */
@Injectable()
export class InboxService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: CurrentUserInfo, query: InboxQuery): Promise<Page<InboxItemDto>> {
    return this.dataSource.transaction(async (manager) => {
      await rememberUser(manager, user);
      const language = await this.language(manager, user);
      const params: unknown[] = this.scope(user);
      const filters: string[] = [];
      if (query.unread === 'true') filters.push('r.read_at IS NULL');
      if (query.unread === 'false') filters.push('r.read_at IS NOT NULL');
      if (query.category) {
        params.push(query.category);
        filters.push(`v.category = $${params.length}`);
      }
      const rows = await manager.query<InboxRow[]>(
        `${VISIBLE}
         SELECT v.*, r.read_at, count(*) OVER ()::text AS total FROM visible v
           LEFT JOIN notification_read r ON r.notification_id = v.id AND r.subject = $3
          ${filters.length ? `WHERE ${filters.join(' AND ')}` : ''}
          ORDER BY v.created_at DESC, v.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, query.limit, query.offset],
      );
      return {
        items: rows.map((row) => toItem(row, language)),
        total: Number(rows[0]?.total ?? 0),
        limit: query.limit,
        offset: query.offset,
      };
    });
  }

  async unreadCount(user: CurrentUserInfo): Promise<number> {
    const [row] = await this.dataSource.query<{ unread: string }[]>(
      `${VISIBLE}
       SELECT count(*)::text AS unread FROM visible v
        WHERE NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = v.id AND r.subject = $3)`,
      this.scope(user),
    );
    return Number(row?.unread ?? 0);
  }

  async markRead(user: CurrentUserInfo, id: string): Promise<InboxItemDto> {
    return this.dataSource.transaction(async (manager) => {
      await rememberUser(manager, user);
      const params = [...this.scope(user), id];
      const [row] = await manager.query<InboxRow[]>(
        `${VISIBLE} SELECT v.*, NULL::timestamptz AS read_at, '1' AS total FROM visible v WHERE v.id = $4`,
        params,
      );
      if (!row) throw new DomainError('not-found', `No notification ${id} in your inbox.`);
      // Every copy of the same event the user can see is read with it.
      await manager.query(
        `INSERT INTO notification_read (notification_id, subject)
         SELECT n.id, $3 FROM notification n
          WHERE n.event_id = $4 AND n.organisation_id = ANY($1::uuid[])
            AND (n.audience_role = '*' OR n.audience_role = ANY($2::text[]))
         ON CONFLICT DO NOTHING`,
        [...this.scope(user), row.event_id],
      );
      const [read] = await manager.query<{ read_at: Date }[]>(
        `SELECT read_at FROM notification_read WHERE notification_id = $1 AND subject = $2`,
        [id, user.principal.subject],
      );
      return toItem({ ...row, read_at: read?.read_at ?? new Date() }, await this.language(manager, user));
    });
  }

  async markAllRead(user: CurrentUserInfo): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await rememberUser(manager, user);
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO notification_read (notification_id, subject)
         SELECT n.id, $3 FROM notification n
          WHERE n.organisation_id = ANY($1::uuid[]) AND (n.audience_role = '*' OR n.audience_role = ANY($2::text[]))
         ON CONFLICT DO NOTHING RETURNING notification_id`,
        this.scope(user),
      );
      return inserted.length;
    });
  }

  private scope(user: CurrentUserInfo): unknown[] {
    return [user.principal.organisations, user.principal.roles, user.principal.subject];
  }

  private async language(manager: EntityManager, user: CurrentUserInfo): Promise<NotificationLanguage> {
    const [row] = await manager.query<{ language: NotificationLanguage | null }[]>(
      `SELECT language FROM user_profile WHERE subject = $1`,
      [user.principal.subject],
    );
    return row?.language ?? 'da';
  }
}

function toItem(row: InboxRow, language: NotificationLanguage): InboxItemDto {
  return {
    id: row.id,
    category: row.category,
    critical: row.critical,
    eventType: row.event_type,
    programmeId: row.programme_id,
    organisationId: row.organisation_id,
    language,
    title: language === 'en' ? row.title_en : row.title_da,
    body: language === 'en' ? row.body_en : row.body_da,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}
