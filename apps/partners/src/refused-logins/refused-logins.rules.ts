import { REFUSED_LOGIN_TYPES, type RefusedLogin } from '@samvirke/contracts';

/** An event as Keycloak's admin API returns it (GET /admin/realms/{realm}/events). */
export interface KeycloakEvent {
  readonly time: number;
  readonly type: string;
  readonly error?: string;
  readonly clientId?: string;
  readonly details?: Readonly<Record<string, string>>;
}

/**
 * What an admin is shown of a refused login: no IP address, no session or user id, only the
 * username Keycloak gave the person or their (pseudonymous) persistent id at the identity provider.
 */
export function refusedLogin(event: KeycloakEvent): RefusedLogin | undefined {
  const type = REFUSED_LOGIN_TYPES.find((known) => known === event.type);
  if (!type) return undefined;
  return {
    time: new Date(event.time).toISOString(),
    type,
    error: event.error ?? 'unknown',
    identityProvider: event.details?.['identity_provider'] ?? null,
    username: event.details?.['username'] ?? null,
    identity: event.details?.['identity_provider_identity'] ?? null,
    client: event.clientId ?? null,
  };
}

export function refusedLoginsPath(limit: number): string {
  const types = REFUSED_LOGIN_TYPES.map((type) => `type=${type}`).join('&');
  return `/events?${types}&first=0&max=${limit}`;
}
