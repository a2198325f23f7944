import { Module } from '@nestjs/common';
import { AuthModule } from '@samvirke/auth';
import { MessagingModule, messagingEntities } from '@samvirke/messaging';
import { databaseConfigFromEnv, PersistenceModule } from '@samvirke/persistence';
import { PlatformModule } from '@samvirke/platform';
import { ActivitiesModule } from './activities/activities.module.js';
import { partnersConfig } from './config.js';
import { ContactsModule } from './contacts/contacts.module.js';
import { MembershipsModule } from './memberships/memberships.module.js';
import { partnersMigrations } from './migrations/index.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { ProgrammesModule } from './programmes/programmes.module.js';

export const partnersDataSourceSpec = () => ({
  config: databaseConfigFromEnv(partnersConfig().PARTNERS_DATABASE),
  entities: [...messagingEntities],
  migrations: partnersMigrations,
});

@Module({
  imports: [
    PlatformModule.forRoot('partners'),
    PersistenceModule.forRoot(partnersDataSourceSpec),
    MessagingModule.forRoot({ service: 'partners' }),
    AuthModule.forRoot(),
    OrganisationsModule,
    ContactsModule,
    ProgrammesModule,
    MembershipsModule,
    ActivitiesModule,
  ],
})
export class AppModule {}
