import { Module } from '@nestjs/common';
import { GrantsModule } from '../grants/grants.module.js';
import { EventsController } from './events.controller.js';
import { EventsService } from './events.service.js';
import { FeedNotifier } from './feed-notifier.js';
import { FeedStreams } from './feed-streams.js';

/** Reading the feed: pages, long polls and server-sent event streams. */
@Module({
  imports: [GrantsModule],
  controllers: [EventsController],
  providers: [EventsService, FeedNotifier, FeedStreams],
  exports: [FeedStreams],
})
export class EventsModule {}
