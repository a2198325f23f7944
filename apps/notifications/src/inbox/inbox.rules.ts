import type { InboxItemDto, InboxQuery, NotificationLanguage } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';

/** Whose inbox: the organisations and roles in the caller's token, and the caller. */
export interface InboxScope {
  readonly organisations: readonly string[];
  readonly roles: readonly string[];
  readonly subject: string;
}

export function inboxScope(principal: Principal): InboxScope {
  return { organisations: principal.organisations, roles: principal.roles, subject: principal.subject };
}

/** Which of the visible notifications a listing shows. */
export interface InboxFilter {
  /** true: only unread; false: only read; undefined: both. */
  readonly unread?: boolean;
  readonly category?: InboxItemDto['category'];
}

export function inboxFilter(query: InboxQuery): InboxFilter {
  return {
    ...(query.unread === undefined ? {} : { unread: query.unread === 'true' }),
    ...(query.category ? { category: query.category } : {}),
  };
}

/** A notification as stored: its title and body in every language. */
export interface StoredNotification {
  readonly id: string;
  readonly eventType: string;
  readonly category: InboxItemDto['category'];
  readonly critical: boolean;
  readonly programmeId: string | null;
  readonly organisationId: string;
  readonly title: Record<NotificationLanguage, string>;
  readonly body: Record<NotificationLanguage, string>;
  readonly createdAt: Date;
  readonly readAt: Date | null;
  readonly about: InboxItemDto['about'];
}

/** A notification in the reader's language. */
export function inboxItem(notification: StoredNotification, language: NotificationLanguage): InboxItemDto {
  return {
    id: notification.id,
    category: notification.category,
    critical: notification.critical,
    eventType: notification.eventType,
    programmeId: notification.programmeId,
    organisationId: notification.organisationId,
    language,
    title: notification.title[language],
    body: notification.body[language],
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt ? new Date(notification.readAt).toISOString() : null,
    about: notification.about,
  };
}
