import { Module } from '@nestjs/common';
import { serviceDataSource, serviceModules } from '@samvirke/persistence';
import { ActivitiesModule } from './activities/activities.module.js';
import { AnnouncementAttachmentsModule } from './announcement-attachments/announcement-attachments.module.js';
import { ANNOUNCEMENT_ATTACHMENT_BODY_TYPES } from './announcement-attachments/announcement-attachments.rules.js';
import { AnnouncementsModule } from './announcements/announcements.module.js';
import { partnersConfig } from './config.js';
import { ContactsModule } from './contacts/contacts.module.js';
import { GovernanceModule } from './governance/governance.module.js';
import { HealthCheckModule } from './health-check/health-check.module.js';
import { DataSubjectRequestsModule } from './data-subject-requests/data-subject-requests.module.js';
import { IdentityAdminModule } from './identity-admin.module.js';
import { IdentityProvidersModule } from './identity-providers/identity-providers.module.js';
import { MembershipsModule } from './memberships/memberships.module.js';
import { partnersMigrations } from './migrations/index.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { PrivilegeRolesModule } from './privilege-roles/privilege-roles.module.js';
import { RefusedLoginsModule } from './refused-logins/refused-logins.module.js';
import { ProgrammesModule } from './programmes/programmes.module.js';

export const partnersDataSourceSpec = () =>
  serviceDataSource(partnersConfig().PARTNERS_DATABASE, partnersMigrations);

/** JSON, and announcement attachments' raw bytes up to PARTNERS_ATTACHMENT_LIMIT. */
export const partnersHttpOptions = () => ({
  service: 'partners',
  binaryTypes: ANNOUNCEMENT_ATTACHMENT_BODY_TYPES,
  binaryLimit: partnersConfig().PARTNERS_ATTACHMENT_LIMIT,
});

@Module({
  imports: serviceModules({
    service: 'partners',
    dataSource: partnersDataSourceSpec,
    features: [
      OrganisationsModule,
      ContactsModule,
      ProgrammesModule,
      MembershipsModule,
      ActivitiesModule,
      AnnouncementsModule,
      AnnouncementAttachmentsModule,
      GovernanceModule,
      HealthCheckModule,
      IdentityAdminModule,
      PrivilegeRolesModule,
      RefusedLoginsModule,
      IdentityProvidersModule,
      DataSubjectRequestsModule,
    ],
  }),
})
export class AppModule {}
