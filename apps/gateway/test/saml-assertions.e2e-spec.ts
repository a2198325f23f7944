import { randomBytes } from 'node:crypto';
import {
  brokeredUserAccess,
  copyFederatedIdp,
  decodeJwtPayload,
  DEMO_ORGANISATIONS,
  FEDERATED_USERS,
  federatedLogin,
  keycloakAdmin,
  waitFor,
} from '@samvirke/testing';

/**
 * Two properties of the SAML login the samvirke realm must hold, each through a copy of the demo
 * IdP of its own (configured here through the admin API, so the shared kommune-idp is untouched):
 * an assertion that has expired is refused and nothing is created; an assertion the IdP encrypts
 * to Samvirke's service-provider key (as KOMBIT's Context Handler does in production) is decrypted
 * and lets the person in, while a plain one is refused once encryption is required.
 */
const kobenhavn = FEDERATED_USERS.kobenhavn;
const copies: { remove: () => Promise<void> }[] = [];

afterAll(async () => {
  for (const copy of copies) await copy.remove();
});

async function copy(label: string): Promise<string> {
  const made = await copyFederatedIdp(`${label}-${randomBytes(4).toString('hex')}`);
  copies.push(made);
  return made.alias;
}

async function changeIdp(alias: string, config: Record<string, string>): Promise<void> {
  const path = `/identity-provider/instances/${alias}`;
  const idp = (await (await keycloakAdmin('GET', path)).json()) as { config: Record<string, string> };
  await keycloakAdmin('PUT', path, { ...idp, config: { ...idp.config, ...config } });
}

/** Changes the attributes of Samvirke's SAML client (entity id `urn:dk:samvirke:sp:<alias>`) at the IdP. */
async function changeServiceProvider(alias: string, attributes: Record<string, string>): Promise<void> {
  const clientId = encodeURIComponent(`urn:dk:samvirke:sp:${alias}`);
  const [client] = (await (
    await keycloakAdmin('GET', `/clients?clientId=${clientId}`, undefined, 'kommune-idp')
  ).json()) as { id: string; attributes: Record<string, string> }[];
  if (!client) throw new Error(`no service provider for ${alias} at kommune-idp`);
  const changed = { ...client, attributes: { ...client.attributes, ...attributes } };
  await keycloakAdmin('PUT', `/clients/${client.id}`, changed, 'kommune-idp');
}

const notOnOrAfter = (xml: string): Date => {
  const conditions = /<(?:\w+:)?Conditions\b[^>]*\bNotOnOrAfter="([^"]+)"/.exec(xml)?.[1];
  if (!conditions) throw new Error('the assertion has no Conditions/@NotOnOrAfter');
  return new Date(conditions);
};

it('refuses an expired assertion, creating nothing; the same IdP lets the person in while it is valid', async () => {
  const alias = await copy('expired');
  // No clock skew allowed, and assertions valid for 10 s from the IdP's login (the realm file allows
  // 30 s of skew and Keycloak's default lifespan); the browser posts this one only after that.
  await changeIdp(alias, { allowedClockSkew: '0' });
  await changeServiceProvider(alias, { 'saml.assertion.lifespan': '10' });
  let expiry: Date | undefined;
  const late = await federatedLogin(kobenhavn.username, {
    idp: alias,
    beforePost: async (xml) => {
      expiry = notOnOrAfter(xml);
      const until = expiry;
      await waitFor('the assertion to expire', () => Date.now() > until.getTime() + 1000, {
        timeoutMs: 30_000,
      });
    },
  });
  expect(expiry).toBeDefined();
  expect(late.ok).toBe(false);
  expect(await brokeredUserAccess(`${alias}.${kobenhavn.subject}`)).toBeUndefined();

  const prompt = await federatedLogin(kobenhavn.username, { idp: alias });
  expect(prompt.ok).toBe(true);
});

it('accepts an assertion encrypted to Samvirke’s key, and refuses a plain one once encryption is required', async () => {
  const alias = await copy('encrypted');
  await changeIdp(alias, { wantAssertionsEncrypted: 'true' });
  const descriptor = await (
    await fetch(`${keycloakUrl()}/realms/samvirke/broker/${alias}/endpoint/descriptor`)
  ).text();
  const encryptionKey =
    /<(?:\w+:)?KeyDescriptor\b[^>]*use="encryption"[^>]*>[\s\S]*?<(?:\w+:)?X509Certificate>([^<]+)</.exec(
      descriptor,
    )?.[1];
  if (!encryptionKey) throw new Error('the service provider metadata offers no encryption key');

  let plain = '';
  const refused = await federatedLogin(kobenhavn.username, {
    idp: alias,
    alterResponse: (xml) => (plain = xml),
  });
  expect(plain).toMatch(/<(?:\w+:)?Assertion\b/);
  expect(refused.ok).toBe(false);
  expect(await brokeredUserAccess(`${alias}.${kobenhavn.subject}`)).toBeUndefined();

  await changeServiceProvider(alias, {
    'saml.encrypt': 'true',
    'saml.encryption.certificate': encryptionKey.replace(/\s+/g, ''),
  });
  let encrypted = '';
  const login = await federatedLogin(kobenhavn.username, {
    idp: alias,
    alterResponse: (xml) => (encrypted = xml),
  });
  expect(encrypted).toMatch(/<(?:\w+:)?EncryptedAssertion\b/);
  expect(encrypted).not.toMatch(/<(?:\w+:)?Assertion\b/);
  if (!login.ok) throw new Error(`refused (${login.status}): ${login.page.slice(0, 300)}`);
  expect(decodeJwtPayload(login.accessToken)['organisations']).toEqual([DEMO_ORGANISATIONS.kobenhavn.id]);
});

function keycloakUrl(): string {
  return (process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
}
