import type { KeycloakIdentityAdmin } from '../keycloak-identity-admin.js';
import { organisationGroup, type IdpMapper } from './identity-provider-mappers.rules.js';
import type { IdpRepresentation } from './identity-providers.rules.js';

const PARENT_GROUP = 'federated-organisations';
const PAGE = 100;

interface Group {
  readonly id: string;
  readonly path: string;
  readonly attributes?: Readonly<Record<string, readonly string[]>>;
}

/** The identity providers, their mappers, organisation groups and users, in Keycloak's admin API. */
export class KeycloakIdentityProviders {
  constructor(private readonly keycloak: KeycloakIdentityAdmin) {}

  async list(): Promise<IdpRepresentation[]> {
    return (await (
      await this.keycloak.call('GET', '/identity-provider/instances')
    ).json()) as IdpRepresentation[];
  }

  async exists(alias: string): Promise<boolean> {
    const response = await this.keycloak.call('GET', this.instance(alias), undefined, [404]);
    return response.ok;
  }

  /** Keycloak reads the issuer's discovery document (Samvirke's partners never fetches it itself). */
  async discover(discoveryUrl: string): Promise<Record<string, string> | undefined> {
    const response = await this.keycloak.call(
      'POST',
      '/identity-provider/import-config',
      { providerId: 'oidc', fromUrl: discoveryUrl },
      [400, 404, 500, 502],
    );
    return response.ok ? ((await response.json()) as Record<string, string>) : undefined;
  }

  /** The path of the organisation's group under /federated-organisations, created when missing. */
  async organisationGroupPath(
    id: string,
    organisation: { name: string; cvr: string | null },
  ): Promise<string> {
    const parent = (await (
      await this.keycloak.call('GET', `/group-by-path/${PARENT_GROUP}`)
    ).json()) as Group;
    const children = (await (
      await this.keycloak.call(
        'GET',
        `/groups/${parent.id}/children?briefRepresentation=false&first=0&max=1000`,
      )
    ).json()) as Group[];
    const found = children.find((group) => group.attributes?.['organisation']?.includes(id));
    if (found) return found.path;
    await this.keycloak.call('POST', `/groups/${parent.id}/children`, organisationGroup(id, organisation));
    return `/${PARENT_GROUP}/${id}`;
  }

  /** Creates the IdP and its mappers; when a mapper cannot be written, the IdP is deleted again. */
  async create(idp: IdpRepresentation, mappers: readonly IdpMapper[]): Promise<void> {
    await this.keycloak.call('POST', '/identity-provider/instances', idp);
    try {
      for (const mapper of mappers)
        await this.keycloak.call('POST', `${this.instance(idp.alias)}/mappers`, mapper);
    } catch (error) {
      await this.remove(idp.alias).catch(() => undefined);
      throw error;
    }
  }

  async remove(alias: string): Promise<void> {
    await this.keycloak.call('DELETE', this.instance(alias), undefined, [404]);
  }

  /** Disables every person linked to the IdP (their federated identity); how many there were. */
  async disableUsers(alias: string): Promise<number> {
    const ids: string[] = [];
    for (let first = 0; ; first += PAGE) {
      const path = `/users?idpAlias=${encodeURIComponent(alias)}&briefRepresentation=true&first=${first}&max=${PAGE}`;
      const page = (await (await this.keycloak.call('GET', path)).json()) as { id: string }[];
      ids.push(...page.map((user) => user.id));
      if (page.length < PAGE) break;
    }
    for (const id of ids) {
      // The whole representation back, so that nothing but `enabled` changes.
      const user = (await (await this.keycloak.call('GET', `/users/${id}`)).json()) as Record<
        string,
        unknown
      >;
      await this.keycloak.call('PUT', `/users/${id}`, { ...user, enabled: false });
    }
    return ids.length;
  }

  private instance(alias: string): string {
    return `/identity-provider/instances/${encodeURIComponent(alias)}`;
  }
}
