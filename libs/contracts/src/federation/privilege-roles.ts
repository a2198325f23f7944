/**
 * Which Samvirke role an organisation's privilege gives: the table the platform admin maintains
 * (for now this file; an admin screen and a database table later), and the one rule that applies
 * it. The gateway and services (libs/auth) and the portal read a token's roles through it alike.
 */
import { readOioBpp } from './oio-bpp.js';

/** The roles an organisation's own identity provider may grant; never platform-admin or integration. */
export const FEDERATED_ROLES = [
  'reporter',
  'partner-member',
  'backbone-coordinator',
  'foundation-officer',
] as const;

export type FederatedRole = (typeof FEDERATED_ROLES)[number];

/**
 * Privilege URI (as the organisation's user administration assigns it, e.g. a KOMBIT user system
 * role) → Samvirke role.
 */
export const PRIVILEGE_ROLES: Readonly<Record<string, FederatedRole>> = {
  'http://samvirke.example/roles/usersystemrole/indberetter/1': 'reporter',
  'http://samvirke.example/roles/usersystemrole/deltager/1': 'partner-member',
};

/**
 * The roles that a person's privileges (a base64 OIO BPP document) give within the organisation
 * with CVR `cvr`, the one they logged in for. Only privileges scoped to that CVR count, and only
 * in groups without constraints (Samvirke cannot honour a constraint it does not understand, so
 * it grants nothing rather than more); an unreadable document or a missing CVR gives no roles.
 */
export function rolesFromPrivileges(
  privileges: string | undefined,
  cvr: string | undefined,
  table: Readonly<Record<string, FederatedRole>> = PRIVILEGE_ROLES,
): FederatedRole[] {
  if (!privileges || !cvr) return [];
  const reading = readOioBpp(privileges);
  if (!reading.ok) return [];
  const roles = new Set<FederatedRole>();
  for (const group of reading.groups) {
    if (group.cvr !== cvr || group.constraints.length > 0) continue;
    for (const privilege of group.privileges) {
      const role = Object.hasOwn(table, privilege) ? table[privilege] : undefined;
      if (role) roles.add(role);
    }
  }
  return FEDERATED_ROLES.filter((role) => roles.has(role));
}
