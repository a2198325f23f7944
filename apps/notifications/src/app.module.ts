import { Module } from '@nestjs/common';
import { AuthModule } from '@samvirke/auth';
import { MessagingModule, messagingEntities } from '@samvirke/messaging';
import { databaseConfigFromEnv, PersistenceModule } from '@samvirke/persistence';
import { PlatformModule } from '@samvirke/platform';
import { notificationsConfig } from './config.js';
import { DeliveriesModule } from './deliveries/deliveries.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { FanOutModule } from './fan-out/fan-out.module.js';
import { InboxModule } from './inbox/inbox.module.js';
import { notificationsMigrations } from './migrations/index.js';
import { PreferencesModule } from './preferences/preferences.module.js';
import { SettingsModule } from './settings.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

export const notificationsDataSourceSpec = () => ({
  config: databaseConfigFromEnv(notificationsConfig().NOTIFICATIONS_DATABASE),
  entities: [...messagingEntities],
  migrations: notificationsMigrations,
});

@Module({
  imports: [
    PlatformModule.forRoot('notifications'),
    PersistenceModule.forRoot(notificationsDataSourceSpec),
    MessagingModule.forRoot({ service: 'notifications', deadLettersPath: 'dead-letters' }),
    AuthModule.forRoot(),
    SettingsModule,
    DirectoryModule,
    FanOutModule,
    DeliveriesModule,
    InboxModule,
    PreferencesModule,
    WebhooksModule,
  ],
})
export class AppModule {}
