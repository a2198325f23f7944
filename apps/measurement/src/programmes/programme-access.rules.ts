import { hasRole, type Principal } from '@samvirke/auth';
import { rolesOf, type ProgrammeStanding } from '@samvirke/directory';

/**
 * Measurement's access rules over a caller's standing in a programme (libs/directory): current
 * members and platform admins see it; its backbone's coordinators and platform admins run it.
 */

/** The roles the caller's organisations hold in the programme, or undefined when they may not see it. */
export function visibleRoles(principal: Principal, standing: ProgrammeStanding): Set<string> | undefined {
  if (!standing.programme) return undefined;
  if (!hasRole(principal, 'platform-admin') && standing.memberships.length === 0) return undefined;
  return rolesOf(standing.memberships);
}

export function mayRunMeasurement(principal: Principal, roles: ReadonlySet<string>): boolean {
  const backbone = hasRole(principal, 'backbone-coordinator') && roles.has('backbone');
  return backbone || hasRole(principal, 'platform-admin');
}
