/**
 * What the federation's administration needs in a Keycloak that was imported before it existed
 * (the shared development Keycloak is never re-imported): the least-privilege service account
 * `samvirke-identity-admin`, the `privilegeRoles` user attribute and the `privilege_roles` claim,
 * all taken from infra/keycloak/samvirke-realm.json and added only where missing. And a copy of the
 * demo SAML IdP under a suite's own alias, so that a suite can change an IdP's mappers without
 * touching the `kommune-idp` that other suites log in through at the same time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEDERATED_IDP_ALIAS } from './federated-login.js';
import { keycloakAdmin } from './keycloak-admin.js';
import { repoRoot } from './repo-root.js';

export const IDENTITY_ADMIN_CLIENT = 'samvirke-identity-admin';

interface Representation {
  readonly [key: string]: unknown;
  id?: string;
  name?: string;
}

interface RealmFile {
  clients: (Representation & { clientId: string })[];
  users: (Representation & { serviceAccountClientId?: string; clientRoles?: Record<string, string[]> })[];
  clientScopes: (Representation & { name: string; protocolMappers?: Representation[] })[];
  components: Record<string, { config: Record<string, string[]> }[]>;
  enabledEventTypes: string[];
  eventsExpiration: number;
}

function realmFile(): RealmFile {
  return JSON.parse(
    readFileSync(join(repoRoot(), 'infra/keycloak/samvirke-realm.json'), 'utf8'),
  ) as RealmFile;
}

const json = async <T>(response: Promise<Response>): Promise<T> => (await (await response).json()) as T;

/** Tolerates a 409: another suite added the same thing a moment ago. */
async function create(path: string, body: unknown, realm?: string): Promise<void> {
  try {
    await keycloakAdmin('POST', path, body, realm);
  } catch (error) {
    if (!(error instanceof Error && /: 409 /.test(error.message))) throw error;
  }
}

export async function ensureIdentityAdministration(): Promise<void> {
  const file = realmFile();
  const client = file.clients.find((candidate) => candidate.clientId === IDENTITY_ADMIN_CLIENT);
  const account = file.users.find((user) => user.serviceAccountClientId === IDENTITY_ADMIN_CLIENT);
  if (!client || !account) throw new Error(`the realm file has no ${IDENTITY_ADMIN_CLIENT}`);

  const found = await json<{ id: string }[]>(
    keycloakAdmin('GET', `/clients?clientId=${IDENTITY_ADMIN_CLIENT}`),
  );
  if (found.length === 0) await create('/clients', client);
  const [{ id: clientUuid } = { id: '' }] = await json<{ id: string }[]>(
    keycloakAdmin('GET', `/clients?clientId=${IDENTITY_ADMIN_CLIENT}`),
  );
  await keycloakAdmin('PUT', `/clients/${clientUuid}`, { ...client, id: clientUuid });
  const user = await json<{ id: string }>(
    keycloakAdmin('GET', `/clients/${clientUuid}/service-account-user`),
  );
  const [management] = await json<{ id: string }[]>(
    keycloakAdmin('GET', '/clients?clientId=realm-management'),
  );
  const wanted = account.clientRoles?.['realm-management'] ?? [];
  const roles = await Promise.all(
    wanted.map((role) =>
      json<Representation>(keycloakAdmin('GET', `/clients/${management?.id}/roles/${role}`)),
    ),
  );
  await keycloakAdmin('POST', `/users/${user.id}/role-mappings/clients/${management?.id}`, roles);

  await ensureUserProfileAttribute(file, 'privilegeRoles');
  await ensureClaim(file, 'samvirke', 'privilege roles');
  await ensureEventStore(file);
}

/** Keycloak's event store on, keeping at least the refused logins the realm file keeps. */
async function ensureEventStore(file: RealmFile): Promise<void> {
  const config = await json<{ eventsEnabled: boolean; enabledEventTypes: string[] }>(
    keycloakAdmin('GET', '/events/config'),
  );
  const missing = file.enabledEventTypes.filter((type) => !config.enabledEventTypes.includes(type));
  if (config.eventsEnabled && missing.length === 0) return;
  await keycloakAdmin('PUT', '/events/config', {
    ...config,
    eventsEnabled: true,
    eventsExpiration: file.eventsExpiration,
    enabledEventTypes: config.eventsEnabled
      ? [...config.enabledEventTypes, ...missing]
      : file.enabledEventTypes,
  });
}

async function ensureUserProfileAttribute(file: RealmFile, name: string): Promise<void> {
  const provider = file.components['org.keycloak.userprofile.UserProfileProvider']?.[0];
  const fromFile = JSON.parse(provider?.config['kc.user.profile.config']?.[0] ?? '{}') as {
    attributes: Representation[];
  };
  const attribute = fromFile.attributes.find((candidate) => candidate.name === name);
  const profile = await json<{ attributes: Representation[] }>(keycloakAdmin('GET', '/users/profile'));
  if (!attribute || profile.attributes.some((candidate) => candidate.name === name)) return;
  await keycloakAdmin('PUT', '/users/profile', {
    ...profile,
    attributes: [...profile.attributes, attribute],
  });
}

async function ensureClaim(file: RealmFile, scopeName: string, mapperName: string): Promise<void> {
  const mapper = file.clientScopes
    .find((scope) => scope.name === scopeName)
    ?.protocolMappers?.find((candidate) => candidate.name === mapperName);
  const scopes = await json<{ id: string; name: string; protocolMappers?: Representation[] }[]>(
    keycloakAdmin('GET', '/client-scopes'),
  );
  const scope = scopes.find((candidate) => candidate.name === scopeName);
  if (!mapper || !scope || scope.protocolMappers?.some((candidate) => candidate.name === mapperName)) return;
  await create(`/client-scopes/${scope.id}/protocol-mappers/models`, mapper);
}

const withoutIds = (item: Representation): Representation => {
  const { id: _id, internalId: _internalId, ...rest } = item;
  return rest;
};

/**
 * The demo SAML IdP again under `alias`: an identity provider of the samvirke realm with the same
 * mappers, and its service provider registered in the kommune-idp realm under an entity id of its
 * own (so the IdP posts its assertions back to this alias), for one person's logins (see the
 * e-mail below). `remove` deletes both, and the people who logged in through it.
 */
export async function copyFederatedIdp(
  alias: string,
): Promise<{ alias: string; remove: () => Promise<void> }> {
  const idp = await json<Representation & { config: Record<string, string> }>(
    keycloakAdmin('GET', `/identity-provider/instances/${FEDERATED_IDP_ALIAS}`),
  );
  const spEntityId = `${idp.config['entityId'] ?? 'urn:dk:samvirke:sp'}:${alias}`;
  await copyServiceProvider(idp.config['entityId'] ?? '', spEntityId, alias);
  await keycloakAdmin('POST', '/identity-provider/instances', {
    ...withoutIds(idp),
    alias,
    displayName: alias,
    hideOnLogin: true,
    config: { ...idp.config, entityId: spEntityId },
  });
  await copyIdpMappers(alias);
  return { alias, remove: () => removeCopy(alias, spEntityId) };
}

/** Samvirke's SAML client in the kommune-idp realm, again under another entity id and broker alias. */
export async function copyServiceProvider(
  entityId: string,
  copyEntityId: string,
  alias: string,
): Promise<void> {
  const [sp] = await json<Representation[]>(
    keycloakAdmin('GET', `/clients?clientId=${encodeURIComponent(entityId)}`, undefined, 'kommune-idp'),
  );
  if (!sp) throw new Error('the kommune-idp realm has no client for Samvirke');
  const copy = JSON.parse(
    JSON.stringify({ ...withoutIds(sp), clientId: copyEntityId }).replaceAll(
      `/broker/${FEDERATED_IDP_ALIAS}/`,
      `/broker/${alias}/`,
    ),
  ) as Representation & { protocolMappers?: Representation[] };
  copy.protocolMappers = (copy.protocolMappers ?? []).map(withoutIds);
  await keycloakAdmin('POST', '/clients', copy, 'kommune-idp');
}

async function copyIdpMappers(alias: string): Promise<void> {
  const mappers = await json<Representation[]>(
    keycloakAdmin('GET', `/identity-provider/instances/${FEDERATED_IDP_ALIAS}/mappers`),
  );
  // The people already exist under kommune-idp with their e-mail, and e-mails are unique: under
  // this alias the person gets the alias' own address instead — so one copy serves one person.
  await keycloakAdmin('POST', `/identity-provider/instances/${alias}/mappers`, {
    name: 'e-mail of this copy',
    identityProviderAlias: alias,
    identityProviderMapper: 'hardcoded-attribute-idp-mapper',
    config: { syncMode: 'INHERIT', attribute: 'email', 'attribute.value': `${alias}@example.invalid` },
  });
  const mapsEmail = (mapper: Representation): boolean =>
    (mapper['config'] as Record<string, string> | undefined)?.['user.attribute'] === 'email';
  for (const mapper of mappers.filter((candidate) => !mapsEmail(candidate)))
    await keycloakAdmin('POST', `/identity-provider/instances/${alias}/mappers`, {
      ...withoutIds(mapper),
      identityProviderAlias: alias,
    });
}

async function removeCopy(alias: string, spEntityId: string): Promise<void> {
  await keycloakAdmin('DELETE', `/identity-provider/instances/${alias}`).catch(() => undefined);
  const users = await json<{ id: string; username: string }[]>(
    keycloakAdmin('GET', `/users?briefRepresentation=true&max=200&search=${encodeURIComponent(`${alias}.`)}`),
  );
  for (const user of users.filter((candidate) => candidate.username.startsWith(`${alias}.`)))
    await keycloakAdmin('DELETE', `/users/${user.id}`);
  const [created] = await json<{ id: string }[]>(
    keycloakAdmin('GET', `/clients?clientId=${encodeURIComponent(spEntityId)}`, undefined, 'kommune-idp'),
  );
  if (created) await keycloakAdmin('DELETE', `/clients/${created.id}`, undefined, 'kommune-idp');
}
