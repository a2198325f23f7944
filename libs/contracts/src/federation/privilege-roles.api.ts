import type { HttpOperation } from '../http/http-operation.js';
import { access, answers, op } from '../http/operation-builder.js';
import { privilegeRolesSchema, replacePrivilegeRolesSchema } from './privilege-roles.dto.js';
import { listRefusedLoginsQuerySchema, refusedLoginsSchema } from './refused-logins.dto.js';

/** The federation's administration: the privilege table and refused logins, served by partners (part of PARTNERS_API). */
export const PRIVILEGE_ROLES_OPERATIONS: readonly HttpOperation[] = [
  op.get('getPrivilegeRoles', '/privilege-roles', {
    summary:
      "The privilege table: which Samvirke role a privilege from an organisation's IdP gives (platform admins)",
    ...answers(privilegeRolesSchema),
  }),
  op.put('replacePrivilegeRoles', '/privilege-roles', {
    summary: "Replace the privilege table (platform admins); takes effect at each person's next login",
    body: replacePrivilegeRolesSchema,
    ...access(
      'Written into Keycloak (each managed identity provider\'s "privilege roles" mapper) in the same step; 503 and nothing changed when Keycloak cannot be written.',
    ).answers(privilegeRolesSchema, 503),
  }),
  op.get('listRefusedLogins', '/refused-logins', {
    summary: "Refused logins, newest first, from Keycloak's event store (platform admins)",
    query: listRefusedLoginsQuerySchema,
    ...access(
      'Logins Keycloak refused (an organisation not connected, a bad password, a refused SAML response), read from Keycloak through the service account; 503 when Keycloak cannot be read.',
    ).answers(refusedLoginsSchema, 503),
  }),
];
