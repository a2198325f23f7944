import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { inboxQuerySchema, type InboxItemDto, type InboxQuery, type Page } from '@samvirke/contracts';
import { UuidParam } from '@samvirke/platform';
import { CurrentUser, type CurrentUserInfo } from '../users/current-user.js';
import { InboxService } from './inbox.service.js';

/** Every signed-in user has an inbox; what is in it depends on their organisations and roles. */
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  list(
    @CurrentUser() user: CurrentUserInfo,
    @Query({ schema: inboxQuerySchema }) query: InboxQuery,
  ): Promise<Page<InboxItemDto>> {
    return this.inbox.list(user, query);
  }

  @Get('unread-count')
  async unreadCount(@CurrentUser() user: CurrentUserInfo): Promise<{ unread: number }> {
    return { unread: await this.inbox.unreadCount(user) };
  }

  @Post('read-all')
  @HttpCode(200)
  async markAllRead(@CurrentUser() user: CurrentUserInfo): Promise<{ marked: number }> {
    return { marked: await this.inbox.markAllRead(user) };
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@CurrentUser() user: CurrentUserInfo, @UuidParam('id') id: string): Promise<InboxItemDto> {
    return this.inbox.markRead(user, id);
  }
}
