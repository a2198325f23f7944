import type { ReactNode } from 'react';
import { AuditTrailPage } from '../audit/audit-page.js';
import { NewOrganisationPage } from '../pages/new-organisation-page.js';
import { NewProgrammePage } from '../pages/new-programme-page.js';
import { OrganisationPage } from '../pages/organisation-page.js';
import { OrganisationsPage } from '../pages/organisations-page.js';
import { PrivilegeRolesPage } from '../pages/privilege-roles-page.js';
import { RefusedLoginsPage } from '../pages/refused-logins-page.js';
import { IdentityProvidersPage } from '../pages/identity-providers-page.js';
import { ProgrammeActivitiesPage } from '../pages/programme-activities-page.js';
import { ProgrammeEditPage } from '../pages/programme-edit-page.js';
import { ProgrammeMembersPage } from '../pages/programme-members-page.js';
import { WhoIsWhoPage } from '../pages/who-is-who-page.js';
import { DataSubjectRequestsPage } from '../privacy/data-subject-requests-page.js';
import { IntegrationsPage } from '../integrations/integrations-page.js';
import { match } from '../router.js';

const PROGRAMME_PAGES: Record<string, (programmeId: string) => ReactNode> = {
  edit: (id) => <ProgrammeEditPage programmeId={id} />,
  members: (id) => <ProgrammeMembersPage programmeId={id} />,
  activities: (id) => <ProgrammeActivitiesPage programmeId={id} />,
  people: (id) => <WhoIsWhoPage programmeId={id} />,
  audit: (id) => <AuditTrailPage programmeId={id} />,
};

/**
 * The set-up and administration pages: programmes (new, agenda, members, activities, who is who)
 * and organisations. Checked before the other routes, so that /programmes/new is not a programme.
 */
export function adminRoute(path: string): ReactNode | null {
  if (path === '/programmes/new') return <NewProgrammePage />;
  if (path === '/organisations') return <OrganisationsPage />;
  if (path === '/audit') return <AuditTrailPage />;
  if (path === '/data-subject-requests') return <DataSubjectRequestsPage />;
  if (path === '/organisations/new') return <NewOrganisationPage />;
  if (path === '/privilege-roles') return <PrivilegeRolesPage />;
  if (path === '/refused-logins') return <RefusedLoginsPage />;
  if (path === '/identity-providers') return <IdentityProvidersPage />;
  if (path === '/integrations') return <IntegrationsPage />;
  let params = match('/organisations/:organisationId', path);
  if (params) return <OrganisationPage organisationId={params['organisationId'] ?? ''} />;
  params = match('/programmes/:programmeId/:page', path);
  const page = params && PROGRAMME_PAGES[params['page'] ?? ''];
  return page && params ? page(params['programmeId'] ?? '') : null;
}
