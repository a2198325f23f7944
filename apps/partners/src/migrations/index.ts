import { messagingMigrations } from '@samvirke/messaging';
import { Organisations1764316800100 } from './1764316800100-organisations.js';
import { Programmes1764316800200 } from './1764316800200-programmes.js';
import { EraseRemovedContacts1765000024100 } from './1765000024100-erase-removed-contacts.js';
import { ContactLegalBasis1765000024200 } from './1765000024200-contact-legal-basis.js';
import { Governance1765000025400 } from './1765000025400-governance.js';
import { Announcements1765000025100 } from './1765000025100-announcements.js';
import { IdentityProviders1765054800000 } from './1765054800000-identity-providers.js';
import { PrivilegeRoles1765036800000 } from './1765036800000-privilege-roles.js';
import { DataSubjectRequests1765100000000 } from './1765100000000-data-subject-requests.js';
import { PersonKeys1766500000000 } from './1766500000000-person-keys.js';
import { AnnouncementReadKey1765100000100 } from './1765100000100-announcement-read-key.js';
import { OrganisationParents1767100000000 } from './1767100000000-organisation-parents.js';
import { HealthCheck1766400000000 } from './1766400000000-health-check.js';
import { ContactAccess1767300000000 } from './1767300000000-contact-access.js';
import { AnnouncementAttachments1767400000200 } from './1767400000200-announcement-attachments.js';

/** Every migration of the partners database, in order. */
export const partnersMigrations = [
  ...messagingMigrations,
  Organisations1764316800100,
  Programmes1764316800200,
  EraseRemovedContacts1765000024100,
  ContactLegalBasis1765000024200,
  Announcements1765000025100,
  Governance1765000025400,
  PrivilegeRoles1765036800000,
  IdentityProviders1765054800000,
  DataSubjectRequests1765100000000,
  AnnouncementReadKey1765100000100,
  HealthCheck1766400000000,
  PersonKeys1766500000000,
  OrganisationParents1767100000000,
  ContactAccess1767300000000,
  AnnouncementAttachments1767400000200,
];
