import { generateKeyPairSync, createHmac, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { AuthConfig } from './auth-config.js';
import { InvalidToken, KeycloakTokenVerifier } from './keycloak-token.verifier.js';

/** Each check of the verifier on its own: a token right in everything but one thing is refused. */
const ISSUER = 'https://login.samvirke.example/realms/samvirke';
const config: AuthConfig = {
  // The keys would be fetched from an internal address; tokens carry the public issuer.
  keycloakUrl: 'http://keycloak.internal:8080',
  realm: 'samvirke',
  issuer: ISSUER,
  audience: 'samvirke-gateway',
};

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
const now = (): number => Math.floor(Date.now() / 1_000);

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    exp: now() + 300,
    iat: now(),
    iss: ISSUER,
    aud: ['samvirke-gateway', 'account'],
    sub: 'a0000000-0000-4000-8000-000000000001',
    typ: 'Bearer',
    azp: 'samvirke-portal',
    preferred_username: 'anna',
    realm_access: { roles: ['reporter'] },
    ...overrides,
  };
}

async function sign(
  payload: Record<string, unknown>,
  key: KeyObject = rsa.privateKey,
  alg = 'RS256',
): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT', kid: 'k1' }).sign(key);
}

function verifier(overrides: Partial<AuthConfig> = {}, publicKey: KeyObject = rsa.publicKey) {
  return new KeycloakTokenVerifier({ ...config, ...overrides }, () => Promise.resolve(publicKey));
}

async function refusal(token: string, v = verifier()): Promise<string> {
  const error = await v.verify(token).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidToken);
  return (error as InvalidToken).message;
}

describe('KeycloakTokenVerifier', () => {
  it('accepts a token right in every claim, issued under the public issuer (the control case)', async () => {
    const principal = await verifier().verify(await sign(claims()));
    expect(principal).toMatchObject({ username: 'anna', clientId: 'samvirke-portal', roles: ['reporter'] });
  });

  it('accepts PS256 and ES256, as a realm may sign', async () => {
    await expect(verifier().verify(await sign(claims(), rsa.privateKey, 'PS256'))).resolves.toBeDefined();
    await expect(
      verifier({}, ec.publicKey).verify(await sign(claims(), ec.privateKey, 'ES256')),
    ).resolves.toBeDefined();
  });

  it('refuses an algorithm outside the pinned list (RS384, and PS256 when only RS256 is configured)', async () => {
    expect(await refusal(await sign(claims(), rsa.privateKey, 'RS384'))).toMatch(/ALG_NOT_ALLOWED/);
    expect(
      await refusal(await sign(claims(), rsa.privateKey, 'PS256'), verifier({ algorithms: ['RS256'] })),
    ).toMatch(/ALG_NOT_ALLOWED/);
  });

  it('refuses alg none', async () => {
    const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(await refusal(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`)).toMatch(/ALG_NOT_ALLOWED/);
  });

  it('refuses HS256 keyed with the realm public key (key confusion)', async () => {
    const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const signed = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims())}`;
    const pem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const mac = createHmac('sha256', pem).update(signed).digest('base64url');
    expect(await refusal(`${signed}.${mac}`)).toMatch(/ALG_NOT_ALLOWED/);
  });

  it('refuses a token signed by another key', async () => {
    expect(await refusal(await sign(claims(), stranger.privateKey))).toMatch(/SIGNATURE/);
  });

  it('allows the configured clock skew on exp, and refuses beyond it', async () => {
    const expiredSecondsAgo = (seconds: number): Record<string, unknown> =>
      claims({ iat: now() - 600, exp: now() - seconds });
    await expect(verifier().verify(await sign(expiredSecondsAgo(20)))).resolves.toBeDefined();
    expect(await refusal(await sign(expiredSecondsAgo(40)))).toMatch(/EXPIRED/);
    expect(await refusal(await sign(expiredSecondsAgo(20)), verifier({ clockSkewSeconds: 5 }))).toMatch(
      /EXPIRED/,
    );
  });

  it('refuses a token not valid yet (nbf beyond the skew)', async () => {
    expect(await refusal(await sign(claims({ nbf: now() + 120 })))).toMatch(/CLAIM_VALIDATION_FAILED/);
  });

  it('refuses a token without exp', async () => {
    expect(await refusal(await sign(claims({ exp: undefined })))).toMatch(/exp/);
  });

  it('refuses the address keys are fetched from as issuer when a public issuer is configured', async () => {
    const internal = claims({ iss: 'http://keycloak.internal:8080/realms/samvirke' });
    expect(await refusal(await sign(internal))).toMatch(/iss/);
  });

  it('expects the key address as issuer when no issuer is configured', async () => {
    const internal = claims({ iss: 'http://keycloak.internal:8080/realms/samvirke' });
    await expect(verifier({ issuer: undefined }).verify(await sign(internal))).resolves.toBeDefined();
  });

  it('refuses another realm as issuer', async () => {
    expect(await refusal(await sign(claims({ iss: `${ISSUER}-elsewhere` })))).toMatch(/iss/);
  });

  it('refuses a token without the gateway audience', async () => {
    expect(await refusal(await sign(claims({ aud: ['account'] })))).toMatch(/aud/);
  });

  it('refuses an ID token and a refresh token (typ not Bearer)', async () => {
    expect(await refusal(await sign(claims({ typ: 'ID' })))).toMatch(/not an access token/);
    expect(await refusal(await sign(claims({ typ: 'Refresh' })))).toMatch(/not an access token/);
  });

  it('refuses a token naming no client (azp)', async () => {
    expect(await refusal(await sign(claims({ azp: undefined })))).toMatch(/azp/);
  });

  it('refuses a client outside KEYCLOAK_ALLOWED_CLIENTS and accepts one inside', async () => {
    const only = verifier({ allowedClients: ['samvirke-gateway', 'samvirke-portal'] });
    await expect(only.verify(await sign(claims()))).resolves.toBeDefined();
    expect(await refusal(await sign(claims({ azp: 'admin-cli' })), only)).toMatch(/admin-cli/);
  });

  it('refuses a token without a subject', async () => {
    expect(await refusal(await sign(claims({ sub: undefined })))).toMatch(/sub/);
  });
});
