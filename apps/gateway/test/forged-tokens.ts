import { createHmac, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { keycloakAdminToken } from '@samvirke/testing';

/** Tools for making tokens the gateway must refuse, and one it must accept, with keys we hold. */
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function keycloakUrl(): string {
  return (process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
}

export const REALM_ISSUER = `${keycloakUrl()}/realms/samvirke`;

export function rsaKeyPair(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

/** The base64 DER the gateway takes in KEYCLOAK_REALM_PUBLIC_KEY. */
export function publicKeyBase64(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

export function signRs256(
  payload: Record<string, unknown>,
  privateKey: KeyObject,
  header: Record<string, unknown> = {},
): string {
  const signed = `${b64({ alg: 'RS256', typ: 'JWT', ...header })}.${b64(payload)}`;
  return `${signed}.${sign('RSA-SHA256', Buffer.from(signed), privateKey).toString('base64url')}`;
}

export function unsigned(payload: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  return `${b64({ ...header, alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
}

/** The classic key-confusion forgery: HMAC-SHA256 keyed with the (public) RSA key's text. */
export function hs256WithPublicKey(
  payload: Record<string, unknown>,
  secret: string,
  header: Record<string, unknown> = {},
): string {
  const signed = `${b64({ ...header, alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;
}

/** Claims as Keycloak writes them for a platform admin, valid for five minutes from now. */
export function adminClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1_000);
  return {
    exp: now + 300,
    iat: now,
    jti: `forged-${now}`,
    iss: REALM_ISSUER,
    aud: ['samvirke-gateway', 'account'],
    sub: '3f1d2c4b-0000-4000-8000-000000000001',
    typ: 'Bearer',
    azp: 'samvirke-gateway',
    preferred_username: 'platform.admin',
    realm_access: { roles: ['platform-admin'] },
    organisations: ['9119ee0e-17db-41b5-b48d-e65460a78f03'],
    ...overrides,
  };
}

interface Jwk {
  kid: string;
  use?: string;
  alg?: string;
  kty: string;
}

/** The realm's signing key as Keycloak publishes it, in PEM (what a key-confusion attacker uses). */
export async function realmSigningKey(): Promise<{ kid: string; pem: string }> {
  const response = await fetch(`${REALM_ISSUER}/protocol/openid-connect/certs`);
  const { keys } = (await response.json()) as { keys: Jwk[] };
  const jwk = keys.find((key) => key.use === 'sig' && key.alg === 'RS256');
  if (!jwk) throw new Error('the realm publishes no RS256 signing key');
  const pem = createPublicKey({ key: jwk as never, format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  return { kid: jwk.kid, pem };
}

export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

export function headerOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

/** The protocol mapper that makes a client's tokens name the gateway as audience. */
export const GATEWAY_AUDIENCE_MAPPER = {
  name: 'gateway audience',
  protocol: 'openid-connect',
  protocolMapper: 'oidc-audience-mapper',
  config: { 'included.custom.audience': 'samvirke-gateway', 'access.token.claim': 'true' },
};

/**
 * A second, real realm on the same Keycloak with a machine client whose tokens even name the
 * gateway as audience: everything right except who issued and signed them.
 */
export async function createForeignRealm(realm: string): Promise<{
  token: () => Promise<string>;
  remove: () => Promise<void>;
}> {
  const admin = await keycloakAdminToken();
  const created = await fetch(`${keycloakUrl()}/admin/realms`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      realm,
      enabled: true,
      roles: { realm: [{ name: 'platform-admin' }] },
      clients: [
        {
          clientId: 'forger',
          secret: 'forger-secret',
          publicClient: false,
          serviceAccountsEnabled: true,
          standardFlowEnabled: false,
          protocolMappers: [GATEWAY_AUDIENCE_MAPPER],
        },
      ],
    }),
  });
  if (created.status !== 201) throw new Error(`creating realm ${realm} failed: ${created.status}`);
  return {
    token: async () => {
      const response = await fetch(`${keycloakUrl()}/realms/${realm}/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: 'forger',
          client_secret: 'forger-secret',
        }),
      });
      const body = (await response.json()) as { access_token?: string };
      if (!body.access_token) throw new Error(`realm ${realm} issued no token (${response.status})`);
      return body.access_token;
    },
    remove: async () => {
      await fetch(`${keycloakUrl()}/admin/realms/${realm}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${await keycloakAdminToken()}` },
      });
    },
  };
}
