import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import {
  feedQuerySchema,
  integrationClientIdSchema,
  listFeedGrantsQuerySchema,
  type FeedGrant,
  type FeedPage,
  type FeedQuery,
} from '@samvirke/contracts';
import { FeedGrantsService } from './feed-grants.service.js';
import { FeedService } from './feed.service.js';

/** The integration event feed and its grants (FEED_API in libs/contracts). */
@Controller('api/feed')
export class FeedController {
  constructor(
    private readonly feed: FeedService,
    private readonly grants: FeedGrantsService,
  ) {}

  @Get('events')
  @Roles('integration', 'platform-admin')
  read(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: feedQuerySchema }) query: FeedQuery,
  ): Promise<FeedPage> {
    return this.feed.read(principal, query);
  }

  @Get('grants')
  @Roles('platform-admin')
  async listGrants(
    @Query({ schema: listFeedGrantsQuerySchema }) query: { clientId?: string },
  ): Promise<{ items: FeedGrant[] }> {
    return { items: await this.grants.list(query.clientId) };
  }

  @Put('grants/:clientId/programmes/:programmeId')
  @Roles('platform-admin')
  grant(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', { schema: integrationClientIdSchema }) clientId: string,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
  ): Promise<FeedGrant> {
    return this.grants.grant(principal, clientId, programmeId);
  }

  @Delete('grants/:clientId/programmes/:programmeId')
  @HttpCode(204)
  @Roles('platform-admin')
  revoke(
    @Param('clientId', { schema: integrationClientIdSchema }) clientId: string,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
  ): Promise<void> {
    return this.grants.revoke(clientId, programmeId);
  }
}
