import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, SignJWT, type JWK } from 'jose';
import type { AuthConfig } from './auth-config.js';
import { KeycloakTokenVerifier } from './keycloak-token.verifier.js';

/**
 * The realm's key set behind a local HTTP server standing in for Keycloak's certs endpoint (the
 * e2e test key-rotation.e2e-spec.ts rotates a real realm's key): a key that appears after the set
 * was cached is found, and forged key ids do not make the verifier fetch more than once a cooldown.
 */
const first = generateKeyPairSync('rsa', { modulusLength: 2048 });
const second = generateKeyPairSync('rsa', { modulusLength: 2048 });
let published: JWK[] = [];
let fetches = 0;
let server: Server;
let config: AuthConfig;

beforeAll(async () => {
  server = createServer((_request, response) => {
    fetches += 1;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: published }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  config = {
    keycloakUrl: `http://127.0.0.1:${port}`,
    realm: 'samvirke',
    audience: 'samvirke-gateway',
    jwksCooldownMs: 1_500,
  };
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function jwk(key: (typeof first)['publicKey'], kid: string): Promise<JWK> {
  return { ...(await exportJWK(key)), kid, alg: 'RS256', use: 'sig' };
}

async function token(key: (typeof first)['privateKey'], kid: string): Promise<string> {
  const now = Math.floor(Date.now() / 1_000);
  return new SignJWT({ typ: 'Bearer', azp: 'samvirke-portal', sub: `s-${kid}-${Math.random()}` })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(config.keycloakUrl + '/realms/samvirke')
    .setAudience('samvirke-gateway')
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .sign(key);
}

it('accepts a token under a key published after the set was cached, within the cooldown', async () => {
  published = [await jwk(first.publicKey, 'old')];
  const verifier = new KeycloakTokenVerifier(config);
  await expect(verifier.verify(await token(first.privateKey, 'old'))).resolves.toBeDefined();
  const before = fetches;

  published = [await jwk(second.publicKey, 'new'), await jwk(first.publicKey, 'old')];
  await expect(verifier.verify(await token(second.privateKey, 'new'))).resolves.toBeDefined();
  await expect(verifier.verify(await token(first.privateKey, 'old'))).resolves.toBeDefined();
  expect(fetches - before).toBe(1);
});

it('fetches at most once a cooldown however many unknown key ids arrive', async () => {
  published = [await jwk(first.publicKey, 'old')];
  const verifier = new KeycloakTokenVerifier(config);
  await verifier.verify(await token(first.privateKey, 'old'));
  const before = fetches;
  const forged = await Promise.all(
    Array.from({ length: 20 }, (_, index) => token(second.privateKey, `forged-${index}`)),
  );
  const results = await Promise.allSettled(forged.map((raw) => verifier.verify(raw)));
  expect(results.every((result) => result.status === 'rejected')).toBe(true);
  expect(fetches - before).toBe(1);
});
