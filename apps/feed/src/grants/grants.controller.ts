import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { UuidParam } from '@samvirke/platform';
import { integrationClientIdSchema, listFeedGrantsQuerySchema, type FeedGrant } from '@samvirke/contracts';
import { GrantsService } from './grants.service.js';

/** Who may read which programme (FEED_API in libs/contracts; /api/feed/grants at the gateway). */
@Controller('grants')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @Get()
  @Roles('platform-admin')
  async listGrants(
    @Query({ schema: listFeedGrantsQuerySchema }) query: { clientId?: string },
  ): Promise<{ items: FeedGrant[] }> {
    return { items: await this.grants.list(query.clientId) };
  }

  @Put(':clientId/programmes/:programmeId')
  @Roles('platform-admin')
  grant(
    @CurrentPrincipal() principal: Principal,
    @Param('clientId', { schema: integrationClientIdSchema }) clientId: string,
    @UuidParam('programmeId') programmeId: string,
  ): Promise<FeedGrant> {
    return this.grants.grant(principal, clientId, programmeId);
  }

  @Delete(':clientId/programmes/:programmeId')
  @HttpCode(204)
  @Roles('platform-admin')
  revoke(
    @Param('clientId', { schema: integrationClientIdSchema }) clientId: string,
    @UuidParam('programmeId') programmeId: string,
  ): Promise<void> {
    return this.grants.revoke(clientId, programmeId);
  }
}
