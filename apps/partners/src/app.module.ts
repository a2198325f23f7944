import { Module } from '@nestjs/common';
import { AuthModule } from '@samvirke/auth';
import { MessagingModule } from '@samvirke/messaging';
import { databaseConfigFromEnv, PersistenceModule } from '@samvirke/persistence';
import { PlatformModule } from '@samvirke/platform';
import { partnersConfig } from './config.js';
import { partnersMigrations } from './migrations/index.js';
import { Organisation } from './organisations/organisation.entity.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { messagingEntities } from '@samvirke/messaging';

export const partnersDataSourceSpec = () => ({
  config: databaseConfigFromEnv(partnersConfig().PARTNERS_DATABASE),
  entities: [Organisation, ...messagingEntities],
  migrations: partnersMigrations,
});

@Module({
  imports: [
    PlatformModule.forRoot('partners'),
    PersistenceModule.forRoot(partnersDataSourceSpec),
    MessagingModule.forRoot({ service: 'partners' }),
    AuthModule.forRoot(),
    OrganisationsModule,
  ],
})
export class AppModule {}
