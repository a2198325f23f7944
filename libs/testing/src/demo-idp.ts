/**
 * The demo municipal IdP (realm kommune-idp) as the other side of an identity provider that a
 * test registers through Samvirke's API: its metadata, Samvirke's service provider under the
 * registered IdP's entity id, and a new employee of its own (so that no other suite's login is
 * touched, and the e-mail is the employee's own).
 */
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, FEDERATED_USERS } from './demo-identities.js';
import { copyServiceProvider } from './identity-administration.js';
import { keycloakAdmin } from './keycloak-admin.js';

const REALM = 'kommune-idp';

function keycloakUrl(): string {
  return (process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
}

/** The demo IdP's SAML 2.0 metadata, as it publishes it. */
export async function demoIdpMetadata(): Promise<string> {
  const response = await fetch(`${keycloakUrl()}/realms/${REALM}/protocol/saml/descriptor`);
  if (!response.ok) throw new Error(`no metadata from ${REALM}: ${response.status}`);
  return response.text();
}

/**
 * Registers Samvirke's service provider `spEntityId` (whose assertions go back to the samvirke
 * realm's IdP `alias`) at the demo IdP, with `attributes` added to its SAML client (e.g.
 * encryption); the function returned removes it.
 */
export async function registerAtDemoIdp(
  alias: string,
  spEntityId: string,
  attributes: Record<string, string> = {},
): Promise<() => Promise<void>> {
  await copyServiceProvider('urn:dk:samvirke:sp', spEntityId, alias);
  const client = await clientOf(spEntityId);
  if (!client) throw new Error(`no client ${spEntityId} in ${REALM}`);
  if (Object.keys(attributes).length > 0)
    await keycloakAdmin(
      'PUT',
      `/clients/${client.id}`,
      { ...client, attributes: { ...client.attributes, ...attributes } },
      REALM,
    );
  return async () => {
    await keycloakAdmin('DELETE', `/clients/${client.id}`, undefined, REALM);
  };
}

async function clientOf(
  clientId: string,
): Promise<{ id: string; attributes?: Record<string, string> } | undefined> {
  const response = await keycloakAdmin(
    'GET',
    `/clients?clientId=${encodeURIComponent(clientId)}`,
    undefined,
    REALM,
  );
  const [client] = (await response.json()) as { id: string; attributes?: Record<string, string> }[];
  return client;
}

/**
 * A new employee of the demo IdP with the CVR and privileges of `like` (default: København's
 * reporter) and a persistent id and e-mail of their own; the function returned removes them.
 */
export async function createDemoIdpEmployee(
  like: keyof typeof FEDERATED_USERS = 'kobenhavn',
): Promise<{ username: string; subject: string; remove: () => Promise<void> }> {
  const path = `/users?exact=true&briefRepresentation=false&username=${FEDERATED_USERS[like].username}`;
  const [template] = (await (await keycloakAdmin('GET', path, undefined, REALM)).json()) as {
    attributes: Record<string, string[]>;
  }[];
  if (!template) throw new Error(`no ${FEDERATED_USERS[like].username} in ${REALM}`);
  const subject = randomUUID();
  const username = `test-${subject.slice(0, 8)}`;
  await keycloakAdmin(
    'POST',
    '/users',
    {
      username,
      enabled: true,
      emailVerified: true,
      firstName: 'Test',
      lastName: 'Medarbejder',
      email: `${username}@kommune.example`,
      attributes: { ...template.attributes, professionalUuid: [subject] },
      credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
    },
    REALM,
  );
  const [created] = (await (
    await keycloakAdmin('GET', `/users?exact=true&username=${username}`, undefined, REALM)
  ).json()) as { id: string }[];
  return {
    username,
    subject,
    remove: async () => {
      if (created) await keycloakAdmin('DELETE', `/users/${created.id}`, undefined, REALM);
    },
  };
}
