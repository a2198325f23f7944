/**
 * keycloak-connect verifies a token from scratch on every call (it converts the realm's JWK to PEM
 * and parses it again each time). The gateway sees the same token many times, so it remembers the
 * principal of each token it has verified until the token expires. The key is the whole token,
 * not only its signature: a valid signature pasted under another payload is a different key and
 * gets verified (and refused) like any other.
 */
import type { KeycloakTokenVerifier, Principal } from '@samvirke/auth';

const MAX_ENTRIES = 20_000;

export function cacheVerifiedTokens(verifier: KeycloakTokenVerifier, now: () => number = Date.now): void {
  const verify = verifier.verify.bind(verifier);
  const verified = new Map<string, Principal>();
  verifier.verify = async (raw: string): Promise<Principal> => {
    const known = verified.get(raw);
    if (known && known.expiresAt * 1_000 > now()) return known;
    if (known) verified.delete(raw);
    const principal = await verify(raw);
    if (verified.size >= MAX_ENTRIES) {
      // Oldest first: Map keeps insertion order.
      for (const key of [...verified.keys()].slice(0, MAX_ENTRIES / 10)) verified.delete(key);
    }
    verified.set(raw, principal);
    return principal;
  };
}
