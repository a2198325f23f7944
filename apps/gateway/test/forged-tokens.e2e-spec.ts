import { DEMO_USERS, startService, uniqueSuiteId, userToken, type RunningService } from '@samvirke/testing';
import {
  adminClaims,
  claimsOf,
  createForeignRealm,
  headerOf,
  hs256WithPublicKey,
  keycloakUrl,
  publicKeyBase64,
  realmSigningKey,
  rsaKeyPair,
  signRs256,
  unsigned,
} from './forged-tokens.js';
import { startUpstreamStub, type UpstreamStub } from './upstream-stub.js';

/**
 * Every forged token gets 401 and never reaches a service. Two gateways: one verifies against the
 * real realm's published keys (real Keycloak tokens are the good case); the other is given a realm
 * key we hold (KEYCLOAK_REALM_PUBLIC_KEY), so a token can be correctly signed and wrong in exactly
 * one claim — proving each check on its own.
 */
const suite = uniqueSuiteId('forged');
const ownKey = rsaKeyPair();
const strangerKey = rsaKeyPair();
let stub: UpstreamStub;
let realGateway: RunningService;
let keyedGateway: RunningService;
let foreignRealm: Awaited<ReturnType<typeof createForeignRealm>>;

beforeAll(async () => {
  stub = await startUpstreamStub();
  const upstreams = { PARTNERS_URL: stub.url, MEASUREMENT_URL: stub.url };
  [realGateway, keyedGateway, foreignRealm] = await Promise.all([
    startService('gateway', 'GATEWAY_PORT', upstreams),
    startService('gateway', 'GATEWAY_PORT', {
      ...upstreams,
      KEYCLOAK_REALM_PUBLIC_KEY: publicKeyBase64(ownKey.publicKey),
    }),
    createForeignRealm(suite.replace(/[^a-z0-9-]/gi, '-')),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([realGateway?.stop(), keyedGateway?.stop(), foreignRealm?.remove()]);
  await stub?.close();
});

async function statusWith(gateway: RunningService, token: string): Promise<number> {
  const before = stub.seen.length;
  const response = await fetch(`${gateway.url}/api/partners/programmes`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status === 401) {
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(stub.seen.length).toBe(before);
  }
  return response.status;
}

describe('against a realm key the test holds: each claim checked on its own', () => {
  it('accepts a correctly signed token with the right claims (the control case)', async () => {
    expect(await statusWith(keyedGateway, signRs256(adminClaims(), ownKey.privateKey))).toBe(200);
  });

  it('refuses alg none with 401', async () => {
    expect(await statusWith(keyedGateway, unsigned(adminClaims()))).toBe(401);
  });

  it('refuses HS256 signed with the realm public key (PEM and base64 DER) with 401', async () => {
    const pem = ownKey.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await statusWith(keyedGateway, hs256WithPublicKey(adminClaims(), pem))).toBe(401);
    expect(
      await statusWith(keyedGateway, hs256WithPublicKey(adminClaims(), publicKeyBase64(ownKey.publicKey))),
    ).toBe(401);
  });

  it('refuses a wrong issuer with 401', async () => {
    const token = signRs256(
      adminClaims({ iss: `${keycloakUrl()}/realms/samvirke-elsewhere` }),
      ownKey.privateKey,
    );
    expect(await statusWith(keyedGateway, token)).toBe(401);
  });

  it('refuses a wrong audience with 401', async () => {
    const token = signRs256(adminClaims({ aud: ['account', 'another-client'] }), ownKey.privateKey);
    expect(await statusWith(keyedGateway, token)).toBe(401);
  });

  it('refuses an expired token with 401', async () => {
    const past = Math.floor(Date.now() / 1_000) - 600;
    const token = signRs256(adminClaims({ iat: past - 300, exp: past }), ownKey.privateKey);
    expect(await statusWith(keyedGateway, token)).toBe(401);
  });

  it('refuses a token that is not an access token (an ID token) with 401', async () => {
    expect(await statusWith(keyedGateway, signRs256(adminClaims({ typ: 'ID' }), ownKey.privateKey))).toBe(
      401,
    );
  });

  it('refuses a token signed by another key with 401', async () => {
    expect(await statusWith(keyedGateway, signRs256(adminClaims(), strangerKey.privateKey))).toBe(401);
  });
});

describe('against the real realm and real Keycloak tokens', () => {
  it('accepts a real token of a demo user (the control case)', async () => {
    expect(await statusWith(realGateway, await userToken(DEMO_USERS.admin.username))).toBe(200);
  });

  it("refuses alg none carrying a real token's claims with 401", async () => {
    const real = await userToken(DEMO_USERS.admin.username);
    expect(await statusWith(realGateway, unsigned(claimsOf(real), { kid: headerOf(real)['kid'] }))).toBe(401);
  });

  it("refuses HS256 signed with the realm's published public key with 401", async () => {
    const real = await userToken(DEMO_USERS.admin.username);
    const { kid, pem } = await realmSigningKey();
    expect(await statusWith(realGateway, hs256WithPublicKey(claimsOf(real), pem, { kid }))).toBe(401);
  });

  it('refuses a real token with its claims changed (a reporter made admin) with 401', async () => {
    const real = await userToken(DEMO_USERS.reporterKobenhavn.username);
    const [header, , signature] = real.split('.');
    const claims = { ...claimsOf(real), realm_access: { roles: ['platform-admin'] } };
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect(await statusWith(realGateway, tampered)).toBe(401);
  });

  it("refuses a token signed by a key of our own under the realm's key id with 401", async () => {
    const real = await userToken(DEMO_USERS.admin.username);
    const forged = signRs256(claimsOf(real), strangerKey.privateKey, { kid: headerOf(real)['kid'] });
    expect(await statusWith(realGateway, forged)).toBe(401);
  });

  it('refuses a real token issued by another realm on the same Keycloak with 401', async () => {
    const token = await foreignRealm.token();
    expect(claimsOf(token)['aud']).toContain('samvirke-gateway');
    expect(await statusWith(realGateway, token)).toBe(401);
  });

  it('refuses a real token of the realm issued to a client without the gateway audience with 401', async () => {
    const response = await fetch(`${keycloakUrl()}/realms/samvirke/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: DEMO_USERS.admin.username,
        password: 'samvirke-dev',
      }),
    });
    const token = ((await response.json()) as { access_token: string }).access_token;
    expect(claimsOf(token)['aud'] ?? []).not.toContain('samvirke-gateway');
    expect(await statusWith(realGateway, token)).toBe(401);
  });
});
