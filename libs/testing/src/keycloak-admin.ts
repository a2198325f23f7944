import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repo-root.js';

/**
 * Short-lived identities in the real `samvirke` realm, made through Keycloak's admin API for tests
 * that need what the demo identities do not have: an unverified e-mail, or tokens that expire
 * within seconds. Each has a unique name and is removed by the test that made it.
 */
const REALM = 'samvirke';

function keycloakUrl(): string {
  return (process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
}

/** A token of Keycloak's own admin (master realm), for tests that change realms, users and clients. */
export async function keycloakAdminToken(): Promise<string> {
  const response = await fetch(`${keycloakUrl()}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env['KEYCLOAK_ADMIN'] ?? 'admin',
      password: process.env['KEYCLOAK_ADMIN_PASSWORD'] ?? 'admin',
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`Keycloak admin login failed (${response.status})`);
  return body.access_token;
}

async function admin(method: string, path: string, body?: unknown, realm = REALM): Promise<Response> {
  const response = await fetch(`${keycloakUrl()}/admin/realms/${realm}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await keycloakAdminToken()}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`Keycloak admin ${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

async function grantRealmRoles(userId: string, roles: readonly string[]): Promise<void> {
  const representations = await Promise.all(
    roles.map(async (role) => (await admin('GET', `/roles/${role}`)).json()),
  );
  await admin('POST', `/users/${userId}/role-mappings/realm`, representations);
}

async function token(form: Record<string, string>): Promise<{ token: string; expiresIn: number }> {
  const response = await fetch(`${keycloakUrl()}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  const body = (await response.json()) as { access_token?: string; expires_in?: number; error?: string };
  if (!body.access_token)
    throw new Error(`Keycloak refused a token (${response.status}): ${body.error ?? ''}`);
  return { token: body.access_token, expiresIn: body.expires_in ?? 0 };
}

export interface TemporaryIdentity {
  readonly id: string;
  readonly name: string;
  /** A fresh access token on every call (never cached). */
  token(): Promise<string>;
  remove(): Promise<void>;
}

/** A person in the realm with a password, realm roles, organisations and an e-mail that may be unverified. */
export async function createTemporaryUser(options: {
  username: string;
  email: string;
  emailVerified: boolean;
  roles: readonly string[];
  organisations: readonly string[];
}): Promise<TemporaryIdentity> {
  const password = 'temporary-test-password';
  const created = await admin('POST', '/users', {
    username: options.username,
    email: options.email,
    emailVerified: options.emailVerified,
    enabled: true,
    firstName: 'Test',
    lastName: 'Person',
    attributes: { organisation: [...options.organisations] },
    credentials: [{ type: 'password', value: password, temporary: false }],
    requiredActions: [],
  });
  const id = created.headers.get('location')?.split('/').pop() ?? '';
  await grantRealmRoles(id, options.roles);
  return {
    id,
    name: options.username,
    token: async () =>
      (
        await token({
          grant_type: 'password',
          client_id: 'samvirke-gateway',
          client_secret: 'samvirke-gateway-dev-secret',
          username: options.username,
          password,
          scope: 'openid',
        })
      ).token,
    remove: async () => {
      await admin('DELETE', `/users/${id}`);
    },
  };
}

/**
 * A machine client like samvirke-integration-demo (client credentials, the samvirke scope with
 * the gateway audience and organisations) whose access tokens live `accessTokenLifespanSeconds`.
 */
export async function createTemporaryClient(options: {
  clientId: string;
  accessTokenLifespanSeconds: number;
  roles: readonly string[];
  organisations: readonly string[];
}): Promise<TemporaryIdentity> {
  const secret = `${options.clientId}-secret`;
  const created = await admin('POST', '/clients', {
    clientId: options.clientId,
    enabled: true,
    protocol: 'openid-connect',
    publicClient: false,
    clientAuthenticatorType: 'client-secret',
    secret,
    standardFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: true,
    attributes: { 'access.token.lifespan': String(options.accessTokenLifespanSeconds) },
    defaultClientScopes: ['roles', 'profile', 'basic', 'email', 'samvirke'],
  });
  const id = created.headers.get('location')?.split('/').pop() ?? '';
  await setUpServiceAccount(id, options.organisations, options.roles);
  return {
    id,
    name: options.clientId,
    token: async () =>
      (await token({ grant_type: 'client_credentials', client_id: options.clientId, client_secret: secret }))
        .token,
    remove: async () => {
      await admin('DELETE', `/clients/${id}`);
    },
  };
}

/** The client's service account: named, with its organisations and realm roles. */
async function setUpServiceAccount(
  clientUuid: string,
  organisations: readonly string[],
  roles: readonly string[],
): Promise<void> {
  const account = (await (await admin('GET', `/clients/${clientUuid}/service-account-user`)).json()) as {
    id: string;
    username: string;
  };
  await admin('PUT', `/users/${account.id}`, {
    username: account.username,
    firstName: 'Service',
    lastName: 'Account',
    attributes: { organisation: [...organisations] },
  });
  await grantRealmRoles(account.id, roles);
}

/** What the samvirke realm holds for a brokered user (`<idp alias>.<subject>`): its groups and realm roles. */
export async function brokeredUserAccess(
  username: string,
): Promise<{ groups: string[]; realmRoles: string[] } | undefined> {
  const found = (await (
    await admin('GET', `/users?exact=true&username=${encodeURIComponent(username)}`)
  ).json()) as { id: string }[];
  const user = found[0];
  if (!user) return undefined;
  const groups = (await (await admin('GET', `/users/${user.id}/groups`)).json()) as { path: string }[];
  const roles = (await (await admin('GET', `/users/${user.id}/role-mappings/realm`)).json()) as {
    name: string;
  }[];
  return { groups: groups.map((group) => group.path), realmRoles: roles.map((role) => role.name) };
}

/**
 * Sets one attribute of a user of the demo municipal IdP (realm kommune-idp), as the municipality's
 * user administration would; returns the values it had, to put back.
 */
export async function setIdpUserAttribute(
  username: string,
  name: string,
  values: string[],
): Promise<string[]> {
  const realm = 'kommune-idp';
  const path = `/users?exact=true&briefRepresentation=false&username=${encodeURIComponent(username)}`;
  const [user] = (await (await admin('GET', path, undefined, realm)).json()) as {
    id: string;
    attributes?: Record<string, string[]>;
  }[];
  if (!user) throw new Error(`no user ${username} in realm ${realm}`);
  const attributes = user.attributes ?? {};
  const before = attributes[name] ?? [];
  await admin('PUT', `/users/${user.id}`, { ...user, attributes: { ...attributes, [name]: values } }, realm);
  return before;
}

/**
 * A copy of the demo municipal IdP under another name and with its own, Keycloak-generated signing
 * key: an impostor that answers the samvirke realm's AuthnRequests with assertions the samvirke
 * realm must not trust. Remove it with the function returned.
 */
export async function createImpostorIdp(name: string): Promise<() => Promise<void>> {
  const realm = JSON.parse(
    readFileSync(join(repoRoot(), 'infra/keycloak/kommune-idp-realm.json'), 'utf8'),
  ) as {
    realm: string;
    components: Record<string, { providerId: string }[]>;
  };
  const keys = realm.components['org.keycloak.keys.KeyProvider'] ?? [];
  realm.realm = name;
  realm.components['org.keycloak.keys.KeyProvider'] = keys.filter((key) => key.providerId !== 'rsa');
  const headers = {
    authorization: `Bearer ${await keycloakAdminToken()}`,
    'content-type': 'application/json',
  };
  const created = await fetch(`${keycloakUrl()}/admin/realms`, {
    method: 'POST',
    headers,
    body: JSON.stringify(realm),
  });
  if (created.status !== 201) throw new Error(`could not create realm ${name}: ${created.status}`);
  return async () => {
    const authorization = `Bearer ${await keycloakAdminToken()}`;
    await fetch(`${keycloakUrl()}/admin/realms/${name}`, { method: 'DELETE', headers: { authorization } });
  };
}

/** The realm admin REST call above, for the other test helpers that change Keycloak. */
export { admin as keycloakAdmin };
