import { CommonDirectory1765000017000, DirectoryParents1767100000100 } from '@samvirke/directory';
import { messagingMigrations } from '@samvirke/messaging';
import { Grants1764316800400 } from './1764316800400-grants.js';
import { KnownUsers1765000001000 } from './1765000001000-known-users.js';
import { AwardConsent1765000003000 } from './1765000003000-award-consent.js';
import { KnownUserOrganisations1765000018100 } from './1765000018100-known-user-organisations.js';
import { AgreementAcceptance1765000050000 } from './1765000050000-agreement-acceptance.js';
import { GrantReports1765000062300 } from './1765000062300-grant-reports.js';
import { AwardAmendments1765000064000 } from './1765000064000-award-amendments.js';
import { ReportAttachments1765000070000 } from './1765000070000-report-attachments.js';
import { AmendmentDecisions1765000080000 } from './1765000080000-amendment-decisions.js';
import { KnownUserBySubject1765000081000 } from './1765000081000-known-user-by-subject.js';
import { OrganisationCvr1766300000000 } from './1766300000000-organisation-cvr.js';
import { ApplicationForms1767200000000 } from './1767200000000-application-forms.js';
import { JointApplications1767200001000 } from './1767200001000-joint-applications.js';

/** Every migration of the grants database, in order. */
export const grantsMigrations = [
  ...messagingMigrations,
  Grants1764316800400,
  KnownUsers1765000001000,
  AwardConsent1765000003000,
  CommonDirectory1765000017000,
  KnownUserOrganisations1765000018100,
  AgreementAcceptance1765000050000,
  GrantReports1765000062300,
  AwardAmendments1765000064000,
  ReportAttachments1765000070000,
  AmendmentDecisions1765000080000,
  KnownUserBySubject1765000081000,
  OrganisationCvr1766300000000,
  DirectoryParents1767100000100,
  ApplicationForms1767200000000,
  JointApplications1767200001000,
];
