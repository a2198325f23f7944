import { Module } from '@nestjs/common';
import { AuthModule } from '@samvirke/auth';
import { MessagingModule, messagingEntities } from '@samvirke/messaging';
import { databaseConfigFromEnv, PersistenceModule } from '@samvirke/persistence';
import { PlatformModule } from '@samvirke/platform';
import { notificationsConfig } from './config.js';
import { DirectoryModule } from './directory/directory.module.js';
import { KnownOrganisation } from './directory/known-organisation.entity.js';
import { notificationsMigrations } from './migrations/index.js';

export const notificationsDataSourceSpec = () => ({
  config: databaseConfigFromEnv(notificationsConfig().NOTIFICATIONS_DATABASE),
  entities: [KnownOrganisation, ...messagingEntities],
  migrations: notificationsMigrations,
});

@Module({
  imports: [
    PlatformModule.forRoot('notifications'),
    PersistenceModule.forRoot(notificationsDataSourceSpec),
    MessagingModule.forRoot({ service: 'notifications' }),
    AuthModule.forRoot(),
    DirectoryModule,
  ],
})
export class AppModule {}
