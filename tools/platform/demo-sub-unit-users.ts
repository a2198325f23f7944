/**
 * The demo's reporters of Aarhus Kommune's sub-units (a forvaltning and an institution), made in
 * the running `samvirke` realm through Keycloak's admin API when they are missing (development
 * values: admin/admin, password samvirke-dev), so that each sub-unit reports on its own.
 */
import { DEMO_PASSWORD, keycloakAdminToken, userToken } from '@samvirke/testing';

function keycloakUrl(): string {
  return (process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
}

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${keycloakUrl()}/admin/realms/samvirke${path}`, {
    method,
    headers: { authorization: `Bearer ${await keycloakAdminToken()}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A reporter of this organisation with the demo password; returns true when it was made now. */
export async function ensureReporter(
  username: string,
  organisationId: string,
  name: string,
): Promise<boolean> {
  const found = (await (await admin('GET', `/users?username=${username}&exact=true`)).json()) as unknown[];
  if (found.length > 0) return false;
  const created = await admin('POST', '/users', {
    username,
    enabled: true,
    email: `${username}@demo.samvirke.dk`,
    emailVerified: true,
    firstName: name,
    lastName: 'Indberetter',
    attributes: { organisation: [organisationId] },
    credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
    requiredActions: [],
  });
  if (!created.ok) throw new Error(`could not make ${username}: ${created.status} ${await created.text()}`);
  const id = created.headers.get('location')?.split('/').pop() ?? '';
  const role = await (await admin('GET', '/roles/reporter')).json();
  await admin('POST', `/users/${id}/role-mappings/realm`, [role]);
  return true;
}

/** A call through the gateway as one of these reporters. */
export async function callAs<T>(
  gateway: string,
  username: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${gateway}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await userToken(username, DEMO_PASSWORD)}`,
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}
