import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  identityProviderRegisteredV1,
  identityProviderRemovedV1,
  type IdentityProviderDto,
  type IdentityProvidersDto,
  type RegisterIdentityProvider,
  type RegisterOidcIdentityProvider,
  type RegisterSamlIdentityProvider,
  type RemovedIdentityProviderDto,
} from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { KeycloakIdentityAdmin } from '../keycloak-identity-admin.js';
import { notFound as organisationNotFound } from '../organisations/organisations.rules.js';
import { OrganisationsStore } from '../organisations/organisations.store.js';
import { PrivilegeRolesStore } from '../privilege-roles/privilege-roles.store.js';
import { tableOf } from '../privilege-roles/privilege-roles.rules.js';
import { oidcMappers, samlMappers, type IdpMapper } from './identity-provider-mappers.rules.js';
import { KeycloakIdentityProviders } from './identity-providers.keycloak.js';
import {
  aliasTaken,
  discoveryFaults,
  discoveryUrl,
  listed,
  notRegistered,
  oidcIdp,
  samlIdp,
  type IdpRepresentation,
} from './identity-providers.rules.js';
import { IdentityProvidersStore } from './identity-providers.store.js';
import { readSamlMetadata } from './saml-metadata.rules.js';

/**
 * Organisations' identity providers: registered by a platform admin, written into Keycloak by the
 * least-privilege service account inside the transaction that keeps the row and the event (so
 * when Keycloak refuses, nothing is kept), removed with their people disabled.
 */
@Injectable()
export class IdentityProvidersService {
  private readonly idps: KeycloakIdentityProviders;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly keycloak: KeycloakIdentityAdmin,
  ) {
    this.idps = new KeycloakIdentityProviders(keycloak);
  }

  async list(): Promise<IdentityProvidersDto> {
    const rows = await new IdentityProvidersStore(this.dataSource.manager).list();
    const idps = await this.idps.list();
    const broker = this.keycloak.brokerUrl();
    return {
      items: idps.map((idp) =>
        listed(
          idp,
          rows.find((row) => row.alias === idp.alias),
          broker,
        ),
      ),
    };
  }

  register(command: RegisterIdentityProvider): Promise<IdentityProviderDto> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await new OrganisationsStore(manager).find(command.organisationId);
      if (!organisation) throw organisationNotFound(command.organisationId);
      const cvr = command.protocol === 'saml' ? requireCvr(organisation.cvr) : organisation.cvr;
      if (await this.idps.exists(command.alias)) throw aliasTaken(command.alias);
      const idp = command.protocol === 'saml' ? this.samlIdp(command) : await this.oidcIdp(command);
      const groupPath = await this.idps.organisationGroupPath(organisation.id, organisation);
      const mappers: IdpMapper[] =
        cvr && command.protocol === 'saml'
          ? samlMappers(command.alias, { ...organisation, cvr, groupPath })
          : oidcMappers(command.alias, { ...organisation, groupPath });
      const row = await new IdentityProvidersStore(manager).insert({
        alias: command.alias,
        protocol: command.protocol,
        organisationId: organisation.id,
        displayName: command.displayName,
        idpEntityId: (command.protocol === 'saml' ? idp.config['idpEntityId'] : command.issuer) ?? '',
      });
      await this.outbox.record(manager, identityProviderRegisteredV1, row, { subject: row.alias });
      await this.idps.create(idp, mappers);
      if (command.protocol === 'saml') await this.writePrivilegeTable(manager, command.alias);
      return listed(idp, row, this.keycloak.brokerUrl());
    });
  }

  remove(alias: string): Promise<RemovedIdentityProviderDto> {
    return this.dataSource.transaction(async (manager) => {
      const store = new IdentityProvidersStore(manager);
      const row = await store.lock(alias);
      if (!row) throw notRegistered(alias);
      // Disabled before the IdP goes: deleting it in Keycloak deletes the links that find them.
      const disabledUsers = await this.idps.disableUsers(alias);
      await store.delete(alias);
      await this.outbox.record(
        manager,
        identityProviderRemovedV1,
        { alias, organisationId: row.organisationId, disabledUsers, removedAt: new Date().toISOString() },
        { subject: alias },
      );
      await this.idps.remove(alias);
      return { alias, disabledUsers };
    });
  }

  private samlIdp(command: RegisterSamlIdentityProvider): IdpRepresentation {
    const read = readSamlMetadata(command.metadataXml, new Date());
    if (!read.ok) throw new ValidationFailed(read.errors, 'The metadata cannot be used.');
    return samlIdp(command, read.metadata);
  }

  private async oidcIdp(command: RegisterOidcIdentityProvider): Promise<IdpRepresentation> {
    const discovered = await this.idps.discover(discoveryUrl(command.issuer));
    const faults = discoveryFaults(command.issuer, discovered);
    if (faults.length > 0 || !discovered) throw new ValidationFailed(faults, 'The issuer cannot be used.');
    return oidcIdp(command, discovered);
  }

  /** The privilege table's mapper, as every managed SAML IdP has it; without it, the IdP goes again. */
  private async writePrivilegeTable(manager: EntityManager, alias: string): Promise<void> {
    const table = await new PrivilegeRolesStore(manager).read();
    try {
      await this.keycloak.writePrivilegeTable(tableOf(table.entries), [alias]);
    } catch (error) {
      await this.idps.remove(alias).catch(() => undefined);
      throw error;
    }
  }
}

function requireCvr(cvr: string | null): string {
  if (cvr) return cvr;
  throw new DomainError(
    'invalid',
    'A SAML identity provider places people in their organisation by its CVR number; this organisation has none.',
    [{ pointer: '/organisationId', detail: 'the organisation has no CVR number; register it first' }],
  );
}
