import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InboxItemDto, InboxQuery, Page } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import type { CurrentUserInfo } from '../users/current-user.js';
import { UsersService } from '../users/users.service.js';
import { inboxFilter, inboxItem, inboxScope } from './inbox.rules.js';
import {
  findVisible,
  listInbox,
  markAllRead,
  markEventRead,
  readAt,
  readerLanguage,
  unreadCount,
} from './inbox.store.js';

/** The in-app inbox; read state is materialised per user when they read. */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  list(user: CurrentUserInfo, query: InboxQuery): Promise<Page<InboxItemDto>> {
    return this.dataSource.transaction(async (manager) => {
      await this.users.remember(manager, user);
      const language = await readerLanguage(manager, user.principal.subject);
      const { notifications, total } = await listInbox(
        manager,
        inboxScope(user.principal),
        inboxFilter(query),
        query,
      );
      return {
        items: notifications.map((notification) => inboxItem(notification, language)),
        total,
        limit: query.limit,
        offset: query.offset,
      };
    });
  }

  unreadCount(user: CurrentUserInfo): Promise<number> {
    return unreadCount(this.dataSource.manager, inboxScope(user.principal));
  }

  markRead(user: CurrentUserInfo, id: string): Promise<InboxItemDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.users.remember(manager, user);
      const scope = inboxScope(user.principal);
      const found = await findVisible(manager, scope, id);
      if (!found) throw new DomainError('not-found', `No notification ${id} in your inbox.`);
      await markEventRead(manager, scope, found.eventId);
      const read = (await readAt(manager, id, scope.subject)) ?? new Date();
      return inboxItem({ ...found.notification, readAt: read }, await readerLanguage(manager, scope.subject));
    });
  }

  markAllRead(user: CurrentUserInfo): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await this.users.remember(manager, user);
      return markAllRead(manager, inboxScope(user.principal));
    });
  }
}
