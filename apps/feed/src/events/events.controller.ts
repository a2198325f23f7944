import type { ServerResponse } from 'node:http';
import { Controller, Get, Headers, Logger, Query, Res } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import {
  feedQuerySchema,
  feedStreamQuerySchema,
  type FeedEvent,
  type FeedPage,
  type FeedQuery,
  type FeedStreamQuery,
} from '@samvirke/contracts';
import { eventFrame, KEEP_ALIVE_COMMENT, STREAM_PREAMBLE, type StreamCloseReason } from './events.rules.js';
import { EventsService, type EventSink } from './events.service.js';
import { FeedStreams } from './feed-streams.js';

/** What the stream needs of Fastify's reply: its Node response, taken over from Fastify. */
interface StreamReply {
  readonly raw: ServerResponse;
  hijack(): unknown;
}

/** The integration event feed (FEED_API in libs/contracts; /api/feed/... at the gateway). */
@Controller()
export class EventsController {
  private readonly logger = new Logger(EventsController.name);

  constructor(
    private readonly events: EventsService,
    private readonly streams: FeedStreams,
  ) {}

  @Get('events')
  @Roles('integration', 'platform-admin')
  read(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: feedQuerySchema }) query: FeedQuery,
  ): Promise<FeedPage> {
    return this.events.read(principal, query);
  }

  /**
   * The same events as server-sent events; `Last-Event-ID` (a cursor) resumes after a reconnect.
   * Ends with `event: closed` when the token expires or the grant is revoked (EventsService.follow).
   */
  @Get('stream')
  @Roles('integration', 'platform-admin')
  async stream(
    @CurrentPrincipal() principal: Principal,
    @Query({ schema: feedStreamQuerySchema }) query: FeedStreamQuery,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() reply: StreamReply,
  ): Promise<void> {
    const sink = this.sink(reply);
    try {
      await this.events.follow(principal, lastEventId ? { ...query, after: lastEventId } : query, sink);
    } catch (error) {
      // Before the stream starts, errors are problem details; after, the client reconnects.
      if (!sink.started) throw error;
      this.logger.warn({ msg: 'event stream ended by an error', error: String(error) });
    } finally {
      sink.forget();
    }
    reply.raw.end();
  }

  /** Writes to the Node response, which Fastify leaves alone once the stream has started. */
  private sink(reply: StreamReply): EventSink & { started: boolean; forget(): void } {
    const response = reply.raw;
    let open = true;
    response.on('close', () => {
      open = false;
    });
    const write = (text: string): void => {
      if (!response.writableEnded) response.write(text); // ended by shutdown while a page was read
    };
    const sink = {
      started: false,
      forget: (): void => undefined,
      start: (): void => {
        reply.hijack();
        sink.started = true;
        response.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
        });
        response.flushHeaders();
        write(STREAM_PREAMBLE);
        sink.forget = this.streams.add(response);
      },
      event: (event: FeedEvent): void => write(eventFrame(event)),
      idle: (): void => write(KEEP_ALIVE_COMMENT),
      isOpen: (): boolean => open && !response.writableEnded,
      close: (reason: StreamCloseReason): void => this.streams.close(response, reason),
    };
    return sink;
  }
}
