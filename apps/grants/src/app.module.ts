import { Module } from '@nestjs/common';
import { AuthModule } from '@samvirke/auth';
import { PartnersDirectoryModule } from '@samvirke/directory';
import { MessagingModule, messagingEntities } from '@samvirke/messaging';
import { databaseConfigFromEnv, PersistenceModule } from '@samvirke/persistence';
import { PlatformModule } from '@samvirke/platform';
import { grantsConfig } from './config.js';
import { GrantsModule } from './grants.module.js';
import { grantsMigrations } from './migrations/index.js';

export const grantsDataSourceSpec = () => ({
  config: databaseConfigFromEnv(grantsConfig().GRANTS_DATABASE),
  entities: [...messagingEntities],
  migrations: grantsMigrations,
});

@Module({
  imports: [
    PlatformModule.forRoot('grants'),
    PersistenceModule.forRoot(grantsDataSourceSpec),
    MessagingModule.forRoot({ service: 'grants', deadLettersPath: 'dead-letters' }),
    AuthModule.forRoot(),
    PartnersDirectoryModule,
    GrantsModule,
  ],
})
export class AppModule {}
