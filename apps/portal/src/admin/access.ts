import type { MembershipDto, MembershipRole } from '@samvirke/contracts';
import type { Principal } from '../auth/session.js';

/**
 * Which controls a user sees. The partners service decides (these mirror its rules in
 * apps/partners/src/programmes/programmes.rules.ts and activities.rules.ts); the portal only
 * leaves out controls that would be refused.
 */
export function isAdmin(principal: Principal): boolean {
  return principal.roles.includes('platform-admin');
}

export function canCreateProgramme(principal: Principal): boolean {
  return isAdmin(principal) || principal.roles.includes('foundation-officer');
}

function holds(principal: Principal, members: readonly MembershipDto[], role: MembershipRole): boolean {
  return members.some(
    (member) => member.roles.includes(role) && principal.organisations.includes(member.organisationId),
  );
}

/** Platform admins, the funders' foundation officers and the backbone's coordinators manage a programme. */
export function canManageProgramme(principal: Principal, members: readonly MembershipDto[]): boolean {
  return (
    isAdmin(principal) ||
    (principal.roles.includes('foundation-officer') && holds(principal, members, 'funder')) ||
    (principal.roles.includes('backbone-coordinator') && holds(principal, members, 'backbone'))
  );
}

/** The member organisations whose activities the user may record: all for a manager, else their own. */
export function activityOrganisations(
  principal: Principal,
  members: readonly MembershipDto[],
): MembershipDto[] {
  if (canManageProgramme(principal, members)) return [...members];
  const staff = principal.roles.some((role) =>
    ['partner-member', 'reporter', 'backbone-coordinator', 'foundation-officer'].includes(role),
  );
  return staff ? members.filter((member) => principal.organisations.includes(member.organisationId)) : [];
}
