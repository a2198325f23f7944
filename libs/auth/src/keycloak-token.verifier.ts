import { errors, jwtVerify, type JWTPayload } from 'jose';
import { expectedIssuer, SIGNING_ALGORITHMS, type AuthConfig } from './auth-config.js';
import { principalFromClaims } from './claims.js';
import type { Principal } from './principal.js';
import { realmKeys, type KeyResolver } from './realm-keys.js';

export class InvalidToken extends Error {}

/**
 * The one place that checks a Keycloak access token, locally (never a round trip per request),
 * with `jose`: the signature against the realm's keys (realm-keys.ts) under a pinned list of
 * algorithms (RS256, PS256, ES256 — never `none` or HMAC), `exp`/`nbf`/`iat` with a configurable
 * clock skew, the issuer (KEYCLOAK_ISSUER, which may differ from the address the keys are fetched
 * from), the audience, the token type (an access token, not an ID or refresh token) and the client
 * it was issued to (`azp`). keycloak-connect could do none of the first four (it verifies RS256
 * only, with no skew, and derives the issuer from the key URL), so it no longer verifies here.
 */
export class KeycloakTokenVerifier {
  /**
   * A client sends the same token many times: each verified token's principal is kept until the
   * token expires. The key is the whole token, so a valid signature under a changed payload is a
   * different key, verified (and refused) like any other.
   */
  private readonly verified = new Map<string, Principal>();
  private static readonly MAX_CACHED = 20_000;
  private readonly keys: KeyResolver;

  constructor(
    private readonly config: AuthConfig,
    keys?: KeyResolver,
  ) {
    this.keys = keys ?? realmKeys(config);
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
    const principal = await this.check(raw);
    if (this.verified.size >= KeycloakTokenVerifier.MAX_CACHED) {
      // Oldest first: a Map keeps insertion order.
      for (const key of [...this.verified.keys()].slice(0, KeycloakTokenVerifier.MAX_CACHED / 10)) {
        this.verified.delete(key);
      }
    }
    this.verified.set(raw, principal);
    return principal;
  }

  private async check(raw: string): Promise<Principal> {
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(raw, this.keys, {
        algorithms: [...(this.config.algorithms ?? SIGNING_ALGORITHMS)],
        issuer: expectedIssuer(this.config),
        audience: this.config.audience,
        clockTolerance: this.config.clockSkewSeconds ?? 30,
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError)
        throw new InvalidToken(`${error instanceof errors.JOSEError ? error.code : 'ERR'}: ${error.message}`);
      throw error;
    }
    refuseUnlessAccessToken(claims, this.config.allowedClients);
    const principal = principalFromClaims(claims);
    if (!principal) throw new InvalidToken('token has no subject');
    return principal;
  }
}

/** Keycloak's own claims that jose does not know: the token type and the client it was issued to. */
function refuseUnlessAccessToken(claims: JWTPayload, allowedClients: readonly string[] | undefined): void {
  if (claims['typ'] !== 'Bearer')
    throw new InvalidToken(`not an access token (typ ${String(claims['typ'])})`);
  const azp = claims['azp'];
  if (typeof azp !== 'string' || azp.length === 0) throw new InvalidToken('token names no client (azp)');
  if (allowedClients && !allowedClients.includes(azp))
    throw new InvalidToken(`token was issued to client ${azp}, which is not accepted here`);
}
