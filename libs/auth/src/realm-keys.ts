/**
 * Where the verifier finds the key a token names: the realm's published JWKS (fetched at the address
 * this process reaches Keycloak on, cached, fetched again for a key id it does not know), or a
 * single configured public key.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import {
  createRemoteJWKSet,
  errors,
  type CryptoKey,
  type JWTHeaderParameters,
  type RemoteJWKSet,
} from 'jose';
import { jwksUrl, type AuthConfig } from './auth-config.js';

export type KeyResolver = (header: JWTHeaderParameters) => Promise<KeyObject | CryptoKey>;

const CHECK_COOLDOWN_EVERY_MS = 100;

/** A configured key: base64 DER (keycloak-connect's `realm-public-key` format) or PEM. */
export function configuredKey(text: string): KeyResolver {
  const key = text.includes('-----BEGIN')
    ? createPublicKey(text)
    : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
  return () => Promise.resolve(key);
}

/**
 * The realm's JWKS. When Keycloak starts signing with a new key (rotation), the first token under
 * its key id finds no key in the cache; the set is fetched again at once, or — when it was fetched
 * less than the cooldown ago — as soon as the cooldown is over, so a fresh token is never refused
 * for being fresh, while forged key ids cannot make this process fetch more than once a cooldown.
 */
export function realmJwks(config: AuthConfig): KeyResolver {
  const cooldownDuration = config.jwksCooldownMs ?? 5_000;
  const jwks: RemoteJWKSet = createRemoteJWKSet(new URL(jwksUrl(config)), {
    cooldownDuration,
    timeoutDuration: 5_000,
  });
  return async (header) => {
    try {
      return await jwks(header);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || !jwks.coolingDown) throw error;
      const until = Date.now() + cooldownDuration;
      while (jwks.coolingDown && Date.now() < until) await sleep(CHECK_COOLDOWN_EVERY_MS);
      return jwks(header);
    }
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function realmKeys(config: AuthConfig): KeyResolver {
  return config.realmPublicKey ? configuredKey(config.realmPublicKey) : realmJwks(config);
}
