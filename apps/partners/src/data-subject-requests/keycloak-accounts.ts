import type { KeycloakIdentityAdmin } from '../keycloak-identity-admin.js';

/** What Keycloak holds about a person: the account (user representation) and its linked identities. */
export interface KeycloakAccount {
  readonly id: string;
  readonly username: string;
  readonly representation: Record<string, unknown>;
}

/** The account by exact e-mail, else by exact username; null when Keycloak holds none. */
export async function findAccount(
  admin: KeycloakIdentityAdmin,
  email: string,
  username: string | undefined,
): Promise<KeycloakAccount | null> {
  const queries = [
    `email=${encodeURIComponent(email)}`,
    ...(username ? [`username=${encodeURIComponent(username)}`] : []),
  ];
  for (const query of queries) {
    const users = (await (await admin.call('GET', `/users?${query}&exact=true`)).json()) as Record<
      string,
      unknown
    >[];
    const user = users[0];
    if (user && typeof user['id'] === 'string' && typeof user['username'] === 'string') {
      const identities = await (await admin.call('GET', `/users/${user['id']}/federated-identity`)).json();
      return {
        id: user['id'],
        username: user['username'],
        representation: { ...user, federatedIdentities: identities },
      };
    }
  }
  return null;
}

export async function deleteAccount(admin: KeycloakIdentityAdmin, id: string): Promise<void> {
  await admin.call('DELETE', `/users/${encodeURIComponent(id)}`);
}
