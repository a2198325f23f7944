import { Module } from '@nestjs/common';
import { AuthModule } from '@samvirke/auth';
import { MessagingModule, messagingEntities } from '@samvirke/messaging';
import { databaseConfigFromEnv, PersistenceModule } from '@samvirke/persistence';
import { PlatformModule } from '@samvirke/platform';
import { partnersConfig } from './config.js';
import { partnersMigrations } from './migrations/index.js';
import { Organisation } from './organisations/organisation.entity.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { Activity } from './activities/activity.entity.js';
import { Contact } from './contacts/contact.entity.js';
import { ContactsModule } from './contacts/contacts.module.js';
import { Membership } from './memberships/membership.entity.js';
import { Programme, ProgrammeGoal } from './programmes/programme.entity.js';
import { ProgrammesModule } from './programmes/programmes.module.js';

export const partnersDataSourceSpec = () => ({
  config: databaseConfigFromEnv(partnersConfig().PARTNERS_DATABASE),
  entities: [Organisation, Contact, Programme, ProgrammeGoal, Membership, Activity, ...messagingEntities],
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
  ],
})
export class AppModule {}
