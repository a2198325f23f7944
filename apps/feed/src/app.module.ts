import { Global, Module } from '@nestjs/common';
import { serviceDataSource, serviceModules } from '@samvirke/persistence';
import { FEED_CONFIG, feedConfig } from './config.js';
import { EventsModule } from './events/events.module.js';
import { GrantsModule } from './grants/grants.module.js';
import { HousekeepingModule } from './housekeeping/housekeeping.module.js';
import { feedMigrations } from './migrations/index.js';
import { ProjectionModule } from './projection/projection.module.js';

export const feedDataSourceSpec = () =>
  serviceDataSource(feedConfig().FEED_DATABASE, feedMigrations, { poolSize: 5 });

/** The validated configuration, read once at start. */
@Global()
@Module({
  providers: [{ provide: FEED_CONFIG, useFactory: () => feedConfig() }],
  exports: [FEED_CONFIG],
})
class FeedSettingsModule {}

/**
 * The integration event feed: the public projector, the feed and its grants, retention and the
 * integrations' Kafka ACLs, with the feed's own database. The gateway serves it at /api/feed.
 */
@Module({
  imports: serviceModules({
    service: 'feed',
    dataSource: feedDataSourceSpec,
    messaging: { deadLettersPath: 'dead-letters' },
    features: [FeedSettingsModule, GrantsModule, EventsModule, ProjectionModule, HousekeepingModule],
  }),
})
export class AppModule {}
