import { keycloakAdminToken, startService, uniqueSuiteId, type RunningService } from '@samvirke/testing';
import { claimsOf, GATEWAY_AUDIENCE_MAPPER, headerOf, keycloakUrl } from './forged-tokens.js';
import { startUpstreamStub, type UpstreamStub } from './upstream-stub.js';

/**
 * Keycloak rotates a realm's signing key while a gateway runs: tokens signed with the new key are
 * accepted at once (the gateway fetches the realm's keys again for a key id it does not know),
 * tokens signed before the rotation stay valid while the old key is still published, and a realm
 * that moves to ES256 keeps working. The shared `samvirke` realm is used by every suite at once,
 * so the rotation happens in a realm of this suite's own, made and removed through the admin API;
 * the gateway verifies that realm's tokens exactly as it verifies samvirke's. The gateway also
 * fetches the keys at another address (localhost) than the tokens' issuer (127.0.0.1), as a pod
 * reaching Keycloak internally does.
 */
const realm = uniqueSuiteId('rotation').replace(/_/g, '-');
const CLIENT = 'rotation-client';
let stub: UpstreamStub;
let gateway: RunningService;

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${keycloakUrl()}/admin/realms${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await keycloakAdminToken()}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

async function freshToken(): Promise<string> {
  const response = await fetch(`${keycloakUrl()}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_secret: 'rotation-secret',
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`realm ${realm} issued no token (${response.status})`);
  return body.access_token;
}

async function statusWith(token: string): Promise<number> {
  const response = await fetch(`${gateway.url}/api/partners/programmes`, {
    headers: { authorization: `Bearer ${token}` },
  });
  await response.body?.cancel();
  return response.status;
}

interface KeyComponent {
  id: string;
  providerId: string;
  config: Record<string, string[]>;
}

async function keyProviders(): Promise<KeyComponent[]> {
  const response = await admin('GET', `/${realm}/components?type=org.keycloak.keys.KeyProvider`);
  return (await response.json()) as KeyComponent[];
}

async function addKey(name: string, providerId: string, config: Record<string, string[]>): Promise<void> {
  const { id: parentId } = (await (await admin('GET', `/${realm}`)).json()) as { id: string };
  await admin('POST', `/${realm}/components`, {
    name,
    providerId,
    providerType: 'org.keycloak.keys.KeyProvider',
    parentId,
    config: { priority: ['500'], enabled: ['true'], active: ['true'], ...config },
  });
}

beforeAll(async () => {
  await admin('POST', '', {
    realm,
    enabled: true,
    roles: { realm: [{ name: 'platform-admin' }] },
    clients: [
      {
        clientId: CLIENT,
        secret: 'rotation-secret',
        publicClient: false,
        serviceAccountsEnabled: true,
        standardFlowEnabled: false,
        protocolMappers: [GATEWAY_AUDIENCE_MAPPER],
      },
    ],
    users: [
      {
        username: `service-account-${CLIENT}`,
        enabled: true,
        serviceAccountClientId: CLIENT,
        realmRoles: ['platform-admin'],
      },
    ],
  });
  stub = await startUpstreamStub();
  const issuer = `${keycloakUrl()}/realms/${realm}`;
  gateway = await startService('gateway', 'GATEWAY_PORT', {
    PARTNERS_URL: stub.url,
    MEASUREMENT_URL: stub.url,
    KEYCLOAK_REALM: realm,
    KEYCLOAK_URL: keycloakUrl().replace('127.0.0.1', 'localhost'),
    KEYCLOAK_ISSUER: issuer,
  });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await stub?.close();
  await admin('DELETE', `/${realm}`).catch(() => undefined);
});

it('accepts a fresh token before the rotation, fetching keys at another address than the issuer (the control case)', async () => {
  const token = await freshToken();
  expect(claimsOf(token)['iss']).toBe(`${keycloakUrl()}/realms/${realm}`);
  expect(await statusWith(token)).toBe(200);
});

it('accepts fresh tokens at once after Keycloak starts signing with a new RSA key, and tokens from before', async () => {
  const before = await freshToken();
  expect(await statusWith(before)).toBe(200);

  await addKey('rotated-rsa', 'rsa-generated', { keySize: ['2048'], algorithm: ['RS256'] });
  const after = await freshToken();
  expect(headerOf(after)['kid']).not.toBe(headerOf(before)['kid']);
  const statuses = await Promise.all([statusWith(after), statusWith(await freshToken()), statusWith(before)]);
  expect(statuses).toEqual([200, 200, 200]);
});

it('keeps accepting fresh tokens once the old keys are made passive, then removed', async () => {
  const newest = headerOf(await freshToken())['kid'];
  const old = (await keyProviders()).filter(
    (key) => key.providerId === 'rsa-generated' && key.config['priority']?.[0] !== '500',
  );
  expect(old.length).toBeGreaterThan(0);
  for (const key of old) {
    await admin('PUT', `/${realm}/components/${key.id}`, {
      ...key,
      config: { ...key.config, active: ['false'] },
    });
  }
  const token = await freshToken();
  expect(headerOf(token)['kid']).toBe(newest);
  expect(await statusWith(token)).toBe(200);
  for (const key of old) await admin('DELETE', `/${realm}/components/${key.id}`);
  expect(await statusWith(await freshToken())).toBe(200);
});

it('accepts fresh tokens when the realm moves to ES256 and its RSA keys are removed', async () => {
  await addKey('rotated-ec', 'ecdsa-generated', {
    ecdsaEllipticCurveKey: ['P-256'],
    ecGenerateCertificate: ['true'],
  });
  await admin('PUT', `/${realm}`, { defaultSignatureAlgorithm: 'ES256' });
  const esToken = await freshToken();
  expect(headerOf(esToken)['alg']).toBe('ES256');
  expect(await statusWith(esToken)).toBe(200);

  const rsaKeys = (await keyProviders()).filter((key) => key.providerId === 'rsa-generated');
  for (const key of rsaKeys) await admin('DELETE', `/${realm}/components/${key.id}`);
  const afterRemoval = await freshToken();
  expect(headerOf(afterRemoval)['alg']).toBe('ES256');
  expect(await statusWith(afterRemoval)).toBe(200);
});
