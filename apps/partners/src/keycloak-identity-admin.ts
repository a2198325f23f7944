/**
 * The partners service's hands in Keycloak: the realm's admin REST API, called with the token of a
 * confidential client whose service account holds only realm-management's identity-provider and
 * user roles (samvirke-identity-admin). Nothing else in Samvirke writes to Keycloak.
 */
import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { identityAdminConfig, type IdentityAdminConfig } from './identity-admin.config.js';

export const PRIVILEGE_ROLES_MAPPER = 'samvirke privilege roles';
/** The user attribute the mapper writes at each login; the realm's `privilege roles` claim reads it. */
export const PRIVILEGE_ROLES_ATTRIBUTE = 'privilegeRoles';

interface IdpMapper {
  id?: string;
  name: string;
  identityProviderAlias: string;
  identityProviderMapper: string;
  config: Record<string, string>;
}

@Injectable()
export class KeycloakIdentityAdmin {
  private readonly logger = new Logger(KeycloakIdentityAdmin.name);
  readonly config: IdentityAdminConfig = identityAdminConfig();

  /** The SAML IdPs whose privilege table this service keeps. */
  get managedSamlIdps(): readonly string[] {
    return this.config.FEDERATION_SAML_IDPS;
  }

  /**
   * Makes each managed IdP's hardcoded-attribute mapper carry `table` (JSON), so that a person who
   * logs in through it next gets the table in their `privilegeRoles` attribute and token.
   */
  async writePrivilegeTable(
    table: Readonly<Record<string, string>>,
    aliases = this.managedSamlIdps,
  ): Promise<void> {
    for (const alias of aliases) {
      const path = `/identity-provider/instances/${encodeURIComponent(alias)}/mappers`;
      const mappers = (await (await this.call('GET', path)).json()) as IdpMapper[];
      const existing = mappers.find((mapper) => mapper.name === PRIVILEGE_ROLES_MAPPER);
      const mapper: IdpMapper = {
        ...(existing?.id ? { id: existing.id } : {}),
        name: PRIVILEGE_ROLES_MAPPER,
        identityProviderAlias: alias,
        identityProviderMapper: 'hardcoded-attribute-idp-mapper',
        config: {
          syncMode: 'FORCE',
          attribute: PRIVILEGE_ROLES_ATTRIBUTE,
          'attribute.value': JSON.stringify(table),
        },
      };
      if (existing?.id) await this.call('PUT', `${path}/${existing.id}`, mapper);
      else await this.call('POST', path, mapper);
    }
  }

  /** One admin REST call; a status outside 2xx throws 503 unless `accept` names it. */
  async call(
    method: string,
    path: string,
    body?: unknown,
    accept: readonly number[] = [],
  ): Promise<Response> {
    const url = `${this.realmAdminUrl()}${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${await this.token()}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw this.unavailable(`${method} ${path}`, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok && !accept.includes(response.status))
      throw this.unavailable(`${method} ${path}`, `${response.status} ${await response.text()}`);
    return response;
  }

  /** Where the realm's brokered logins come back: `<this>/<alias>/endpoint`. */
  brokerUrl(): string {
    return `${this.config.KEYCLOAK_URL.replace(/\/$/, '')}/realms/${this.config.KEYCLOAK_REALM}/broker`;
  }

  private realmAdminUrl(): string {
    return `${this.config.KEYCLOAK_URL.replace(/\/$/, '')}/admin/realms/${this.config.KEYCLOAK_REALM}`;
  }

  private async token(): Promise<string> {
    const url = `${this.config.KEYCLOAK_URL.replace(/\/$/, '')}/realms/${this.config.KEYCLOAK_REALM}/protocol/openid-connect/token`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.config.IDENTITY_ADMIN_CLIENT_ID,
        client_secret: this.config.IDENTITY_ADMIN_CLIENT_SECRET,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string };
    if (!body.access_token)
      throw this.unavailable('token', `Keycloak refused the service account (${response.status})`);
    return body.access_token;
  }

  private unavailable(what: string, why: string): ServiceUnavailableException {
    this.logger.error({ msg: 'Keycloak admin call failed', what, why });
    return new ServiceUnavailableException('Keycloak could not be updated; nothing was changed. Try again.');
  }
}
