import { Global, Module } from '@nestjs/common';
import { AuthModule } from '@samvirke/auth';
import { MessagingModule, messagingEntities } from '@samvirke/messaging';
import { databaseConfigFromEnv, PersistenceModule, type DataSourceSpec } from '@samvirke/persistence';
import { PlatformModule } from '@samvirke/platform';
import { FEED_CONFIG, feedConfig } from './config.js';
import { EventsModule } from './events/events.module.js';
import { GrantsModule } from './grants/grants.module.js';
import { HousekeepingModule } from './housekeeping/housekeeping.module.js';
import { feedMigrations } from './migrations/index.js';
import { ProjectionModule } from './projection/projection.module.js';

export const feedDataSourceSpec = (): DataSourceSpec => ({
  config: databaseConfigFromEnv(feedConfig().FEED_DATABASE),
  entities: [...messagingEntities],
  migrations: feedMigrations,
  poolSize: 5,
});

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
  imports: [
    PlatformModule.forRoot('feed'),
    PersistenceModule.forRoot(feedDataSourceSpec),
    MessagingModule.forRoot({ service: 'feed', deadLettersPath: 'dead-letters' }),
    AuthModule.forRoot(),
    FeedSettingsModule,
    GrantsModule,
    EventsModule,
    ProjectionModule,
    HousekeepingModule,
  ],
})
export class AppModule {}
