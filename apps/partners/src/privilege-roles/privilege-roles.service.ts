import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  privilegeRolesReplacedV1,
  type PrivilegeRolesDto,
  type ReplacePrivilegeRoles,
} from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { IdentityProvidersStore } from '../identity-providers/identity-providers.store.js';
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
    private readonly outbox: EventOutbox,
  ) {}

  read(): Promise<PrivilegeRolesDto> {
    return new PrivilegeRolesStore(this.dataSource.manager).read();
  }

  /**
   * Replaces the table, with the event `privilege-roles.replaced` (the audit trail records the rows
   * themselves). Keycloak is written inside the transaction, before the commit: when it
   * cannot be written the table stays as it was (503). A commit failing after Keycloak was written
   * leaves Keycloak ahead; the next replacement writes the whole table again.
   */
  replace(command: ReplacePrivilegeRoles): Promise<PrivilegeRolesDto> {
    return this.dataSource.transaction(async (manager) => {
      const store = new PrivilegeRolesStore(manager);
      await store.replace(command.entries);
      const saved = await store.read();
      await this.outbox.record(
        manager,
        privilegeRolesReplacedV1,
        { entries: saved.entries, replacedAt: saved.updatedAt ?? new Date().toISOString() },
        { subject: 'privilege-roles' },
      );
      // The SAML IdPs of the configuration and those registered through the API.
      const registered = await new IdentityProvidersStore(manager).aliases('saml');
      const aliases = [...new Set([...this.keycloak.managedSamlIdps, ...registered])];
      await this.keycloak.writePrivilegeTable(tableOf(saved.entries), aliases);
      return saved;
    });
  }
}
