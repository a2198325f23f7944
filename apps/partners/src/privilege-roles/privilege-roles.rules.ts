import type { PrivilegeRole, PrivilegeRoleTable } from '@samvirke/contracts';

/**
 * The table as Keycloak's mapper carries it and a token's `privilege_roles` claim holds it: a JSON
 * object privilege → role, in the admin's order.
 */
export function tableOf(entries: readonly PrivilegeRole[]): PrivilegeRoleTable {
  return Object.fromEntries(entries.map((entry) => [entry.privilege, entry.role]));
}
