import type { HttpOperation } from '../http/http-operation.js';
import { privilegeRolesSchema, replacePrivilegeRolesSchema } from './privilege-roles.dto.js';

/** The privilege table's operations, served by the partners service (part of PARTNERS_API). */
export const PRIVILEGE_ROLES_OPERATIONS: readonly HttpOperation[] = [
  {
    operationId: 'getPrivilegeRoles',
    method: 'get',
    path: '/privilege-roles',
    summary:
      "The privilege table: which Samvirke role a privilege from an organisation's IdP gives (platform admins)",
    status: 200,
    response: privilegeRolesSchema,
  },
  {
    operationId: 'replacePrivilegeRoles',
    method: 'put',
    path: '/privilege-roles',
    summary: "Replace the privilege table (platform admins); takes effect at each person's next login",
    description:
      'Written into Keycloak (each managed identity provider\'s "privilege roles" mapper) in the same step; 503 and nothing changed when Keycloak cannot be written.',
    body: replacePrivilegeRolesSchema,
    status: 200,
    response: privilegeRolesSchema,
    errors: [503],
  },
];
