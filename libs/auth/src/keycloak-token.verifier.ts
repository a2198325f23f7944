import Keycloak from 'keycloak-connect';
import type { AuthConfig } from './auth-config.js';
import { principalFromClaims } from './claims.js';
import type { Principal } from './principal.js';

export class InvalidToken extends Error {}

/**
 * The one place that knows keycloak-connect (its README marks it deprecated; swapping it for
 * `jose` touches only this file). Tokens are verified locally: signature against the realm's
 * keys (fetched once, refetched only for an unknown key id), expiry, issuer, audience and type.
 */
export class KeycloakTokenVerifier {
  private readonly keycloak: Keycloak.Keycloak;
  /**
   * keycloak-connect converts the realm's JWK to PEM and parses it again on every call (~0.3 ms of
   * CPU), and a client sends the same token many times: each verified token's principal is kept
   * until the token expires. The key is the whole token, so a valid signature under a changed
   * payload is a different key, verified (and refused) like any other.
   */
  private readonly verified = new Map<string, Principal>();
  private static readonly MAX_CACHED = 20_000;

  constructor(config: AuthConfig) {
    this.keycloak = new Keycloak({}, {
      realm: config.realm,
      'auth-server-url': config.keycloakUrl,
      resource: config.audience,
      'bearer-only': true,
      'ssl-required': 'none',
      'confidential-port': 0,
      'verify-token-audience': true,
      'min-time-between-jwks-requests': 10,
      ...(config.realmPublicKey ? { 'realm-public-key': config.realmPublicKey } : {}),
    } as unknown as Keycloak.KeycloakConfig);
  }

  /**
   * The principal of a token this verifier has already accepted and that has not expired yet;
   * undefined for any other token (nothing is verified here).
   */
  known(raw: string): Principal | undefined {
    const known = this.verified.get(raw);
    return known && known.expiresAt * 1_000 > Date.now() ? known : undefined;
  }

  async verify(raw: string): Promise<Principal> {
    const known = this.verified.get(raw);
    if (known && known.expiresAt * 1_000 > Date.now()) return known;
    if (known) this.verified.delete(raw);
    const principal = await this.verifyWithKeycloak(raw);
    if (this.verified.size >= KeycloakTokenVerifier.MAX_CACHED) {
      // Oldest first: a Map keeps insertion order.
      for (const key of [...this.verified.keys()].slice(0, KeycloakTokenVerifier.MAX_CACHED / 10)) {
        this.verified.delete(key);
      }
    }
    this.verified.set(raw, principal);
    return principal;
  }

  private async verifyWithKeycloak(raw: string): Promise<Principal> {
    let grant: Keycloak.Grant;
    try {
      grant = await this.keycloak.grantManager.createGrant({
        access_token: raw,
      } as unknown as Keycloak.GrantProperties);
    } catch (error) {
      throw new InvalidToken(error instanceof Error ? error.message : 'invalid token');
    }
    const content = (grant.access_token as unknown as { content?: Record<string, unknown> } | undefined)
      ?.content;
    const principal = content && principalFromClaims(content);
    if (!principal) throw new InvalidToken('token has no subject');
    return principal;
  }
}
