/**
 * Which Samvirke role an organisation's privilege gives, and the one rule that applies it. The
 * table is maintained by the platform admin (partners service, `PUT /api/partners/privilege-roles`)
 * and reaches every reader inside the token: Keycloak writes it into the federated person's
 * `privilegeRoles` attribute at each login, the token carries it as `privilege_roles`
 * (docs/identity.md). The gateway and services (libs/auth) and the portal read a token's roles
 * through `rolesFromPrivileges` alike.
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

export function isFederatedRole(value: unknown): value is FederatedRole {
  return typeof value === 'string' && (FEDERATED_ROLES as readonly string[]).includes(value);
}

export type PrivilegeRoleTable = Readonly<Record<string, FederatedRole>>;

/**
 * Privilege URI (as the organisation's user administration assigns it, e.g. a KOMBIT user system
 * role) → Samvirke role: the table the partners service starts with, and the one a token without a
 * `privilege_roles` claim is read with (a realm not yet given the claim).
 */
export const PRIVILEGE_ROLES: PrivilegeRoleTable = {
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
  table: PrivilegeRoleTable = PRIVILEGE_ROLES,
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

/**
 * The table a token carries (`privilege_roles`: a JSON object, or its text), keeping only entries
 * whose role an organisation may grant — a table that somehow names platform-admin grants nothing
 * by that entry. Undefined when the token carries no readable table.
 */
export function privilegeTableFromClaim(claim: unknown): PrivilegeRoleTable | undefined {
  let value = claim;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const table: Record<string, FederatedRole> = {};
  for (const [privilege, role] of Object.entries(value)) if (isFederatedRole(role)) table[privilege] = role;
  return table;
}

/** The roles a token's privileges give, under the table the token carries (else PRIVILEGE_ROLES). */
export function rolesFromPrivilegeClaims(claims: Readonly<Record<string, unknown>>): FederatedRole[] {
  const text = (name: string): string | undefined => {
    const value = claims[name];
    return typeof value === 'string' ? value : undefined;
  };
  return rolesFromPrivileges(
    text('oio_privileges'),
    text('cvr'),
    privilegeTableFromClaim(claims['privilege_roles']) ?? PRIVILEGE_ROLES,
  );
}
