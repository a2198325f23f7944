import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PrivilegeRolesDto, ReplacePrivilegeRoles } from '@samvirke/contracts';
import { KeycloakIdentityAdmin } from '../keycloak-identity-admin.js';
import { tableOf } from './privilege-roles.rules.js';
import { PrivilegeRolesStore } from './privilege-roles.store.js';

/**
 * The privilege table (privilege URI → Samvirke role) the platform admin maintains. Stored here;
 * carried to every reader of a token by Keycloak: each managed SAML IdP's hardcoded-attribute
 * mapper holds the table, writes it into the person's `privilegeRoles` attribute at each login,
 * and the token carries it as `privilege_roles` (libs/contracts rolesFromPrivilegeClaims). So a
 * change takes effect at each person's next login, in the gateway, every service and the portal
 * alike, with no service asking another.
 */
@Injectable()
export class PrivilegeRolesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keycloak: KeycloakIdentityAdmin,
  ) {}

  read(): Promise<PrivilegeRolesDto> {
    return new PrivilegeRolesStore(this.dataSource.manager).read();
  }

  /**
   * Replaces the table. Keycloak is written inside the transaction, before the commit: when it
   * cannot be written the table stays as it was (503). A commit failing after Keycloak was written
   * leaves Keycloak ahead; the next replacement writes the whole table again.
   */
  replace(command: ReplacePrivilegeRoles): Promise<PrivilegeRolesDto> {
    return this.dataSource.transaction(async (manager) => {
      const store = new PrivilegeRolesStore(manager);
      await store.replace(command.entries);
      const saved = await store.read();
      await this.keycloak.writePrivilegeTable(tableOf(saved.entries));
      return saved;
    });
  }
}
