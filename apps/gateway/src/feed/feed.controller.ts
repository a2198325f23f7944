import { Controller, Delete, Get, HttpCode, Logger, Param, Put, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import {
  feedQuerySchema,
  feedStreamQuerySchema,
  integrationClientIdSchema,
  listFeedGrantsQuerySchema,
  type FeedGrant,
  type FeedPage,
  type FeedQuery,
  type FeedStreamQuery,
} from '@samvirke/contracts';
import { FeedGrantsService } from './feed-grants.service.js';
import { FeedService } from './feed.service.js';
import { FeedStreams } from './feed-streams.js';

/** The integration event feed and its grants (FEED_API in libs/contracts). */
@Controller('api/feed')
export class FeedController {
  private readonly logger = new Logger(FeedController.name);

  constructor(
    private readonly feed: FeedService,
    private readonly grants: FeedGrantsService,
    private readonly streams: FeedStreams,
  ) {}

  @Get('events')
  @Roles('integration', 'platform-admin')
  read(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: feedQuerySchema }) query: FeedQuery,
  ): Promise<FeedPage> {
    return this.feed.read(principal, query);
  }

  /**
   * The same events as server-sent events; `Last-Event-ID` (a cursor) resumes after a reconnect.
   * Ends with `event: closed` when the token expires or the grant is revoked (FeedService.follow).
   */
  @Get('stream')
  @Roles('integration', 'platform-admin')
  async stream(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: feedStreamQuerySchema }) query: FeedStreamQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    let open = true;
    request.on('close', () => {
      open = false;
    });
    const lastEventId = request.header('last-event-id');
    let started = false;
    let forget = (): void => undefined;
    try {
      await this.feed.follow(principal, lastEventId ? { ...query, after: lastEventId } : query, {
        start: () => {
          started = true;
          response.status(200);
          response.setHeader('content-type', 'text/event-stream; charset=utf-8');
          response.setHeader('cache-control', 'no-store');
          response.flushHeaders();
          response.write('retry: 2000\n\n');
          forget = this.streams.add(response);
        },
        event: (event) => {
          if (response.writableEnded) return; // ended by shutdown while a page was read
          response.write(`id: ${event.cursor}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        },
        idle: () => {
          if (response.writableEnded) return;
          response.write(': keep-alive\n\n');
        },
        isOpen: () => open && !response.writableEnded,
        close: (reason) => this.streams.close(response, reason),
      });
    } catch (error) {
      // Before the stream starts, errors are problem details; after, the client reconnects.
      if (!started) throw error;
      this.logger.warn({ msg: 'event stream ended by an error', error: String(error) });
    } finally {
      forget();
    }
    response.end();
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
