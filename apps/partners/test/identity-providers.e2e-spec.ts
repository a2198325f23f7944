import { randomBytes } from 'node:crypto';
import { principalFromClaims } from '@samvirke/auth';
import { TOPICS, type IdentityProviderDto } from '@samvirke/contracts';
import {
  createDemoIdpEmployee,
  decodeJwtPayload,
  DEMO_ORGANISATIONS,
  demoIdpMetadata,
  ensureIdentityAdministration,
  federatedLogin,
  keycloakAdmin,
  readTopic,
  registerAtDemoIdp,
  requestAs,
  startServiceStack,
  type DEMO_USERS,
  type ServiceStack,
} from '@samvirke/testing';

/**
 * A platform admin connects a municipality's own SAML IdP to Samvirke from its metadata, all real:
 * the demo municipal IdP's published metadata is registered through the gateway for København,
 * partners writes the IdP and its mappers into Keycloak through the least-privilege service
 * account, and an employee of that IdP logs in through it as a reporter of København. Removing
 * the IdP disables that employee's Samvirke user and deletes the IdP in Keycloak. Events and the
 * audit trail record both.
 */
const suffix = randomBytes(3).toString('hex');
const alias = `kbh-saml-${suffix}`;
const oidcAlias = `aarhus-oidc-${suffix}`;
let stack: ServiceStack;
let employee: Awaited<ReturnType<typeof createDemoIdpEmployee>>;
let unregister: () => Promise<void>;

beforeAll(async () => {
  await ensureIdentityAdministration();
  employee = await createDemoIdpEmployee('kobenhavn');
  unregister = await registerAtDemoIdp(alias, `urn:dk:samvirke:sp:${alias}`);
  stack = await startServiceStack('identity_providers', ['partners']);
  for (const key of ['kobenhavn', 'aarhus', 'helsefonden'] as const) {
    const organisation = DEMO_ORGANISATIONS[key];
    const answer = await call('admin', 'POST', '/organisations', {
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      ...('cvr' in organisation
        ? { cvr: organisation.cvr, kommunekode: key === 'aarhus' ? '751' : '101' }
        : {}),
    });
    expect(answer.status).toBe(201);
  }
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  for (const idp of [alias, oidcAlias])
    await keycloakAdmin('DELETE', `/identity-provider/instances/${idp}`).catch(() => undefined);
  await unregister?.();
  await employee?.remove();
  const [user] = (await (
    await keycloakAdmin('GET', `/users?exact=true&username=${alias}.${employee?.subject}`)
  ).json()) as { id: string }[];
  if (user) await keycloakAdmin('DELETE', `/users/${user.id}`);
});

async function call(
  user: keyof typeof DEMO_USERS | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const init = user ? await requestAs(user, method, body) : { method };
  const response = await fetch(`${stack.gateway.url}/api/partners${path}`, init);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const pointers = (body: Record<string, unknown>): string[] =>
  ((body['errors'] ?? []) as { pointer: string }[]).map((error) => error.pointer).sort();

async function listed(): Promise<IdentityProviderDto[]> {
  const answer = await call('admin', 'GET', '/identity-providers');
  expect(answer.status).toBe(200);
  return answer.body['items'] as IdentityProviderDto[];
}

const saml = async (overrides: Record<string, unknown> = {}) => ({
  protocol: 'saml',
  alias,
  displayName: 'Københavns Kommune (egen IdP)',
  organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
  metadataXml: await demoIdpMetadata(),
  ...overrides,
});

describe('refusals, with nothing created', () => {
  it.each(['helsefonden', 'coordinator', 'reporterKobenhavn', 'member'] as const)(
    'refuses %s listing, registering or removing with 403',
    async (user) => {
      expect((await call(user, 'GET', '/identity-providers')).status).toBe(403);
      expect((await call(user, 'POST', '/identity-providers', await saml())).status).toBe(403);
      expect((await call(user, 'DELETE', `/identity-providers/${alias}`)).status).toBe(403);
    },
  );

  it('names every bad field of the request (400)', async () => {
    const answer = await call('admin', 'POST', '/identity-providers', {
      protocol: 'saml',
      alias: 'Not An Alias',
      displayName: '',
      organisationId: 'x',
    });
    expect(answer.status).toBe(400);
    expect(pointers(answer.body)).toEqual(['/alias', '/displayName', '/metadataXml', '/organisationId']);
  });

  it('names what is wrong with the metadata (422): a service provider’s metadata, or no certificate', async () => {
    const metadata = await demoIdpMetadata();
    const spMetadata = metadata.replace(/IDPSSODescriptor/g, 'SPSSODescriptor');
    const noCertificate = metadata.replace(
      /<(?:\w+:)?KeyDescriptor\b[\s\S]*?<\/(?:\w+:)?KeyDescriptor>/g,
      '',
    );
    for (const [xml, detail] of [
      [spMetadata, /no IDPSSODescriptor/],
      [noCertificate, /no signing certificate/],
    ] as const) {
      const answer = await call('admin', 'POST', '/identity-providers', await saml({ metadataXml: xml }));
      expect(answer.status).toBe(422);
      const errors = answer.body['errors'] as { pointer: string; detail: string }[];
      expect(errors.map((error) => error.pointer)).toEqual(['/metadataXml']);
      expect(errors[0]?.detail).toMatch(detail);
    }
    expect((await listed()).map((idp) => idp.alias)).not.toContain(alias);
  });

  it('refuses an organisation without CVR (422), an unknown one (404), an alias in use (409)', async () => {
    const noCvr = await call(
      'admin',
      'POST',
      '/identity-providers',
      await saml({
        organisationId: DEMO_ORGANISATIONS.helsefonden.id,
      }),
    );
    expect([noCvr.status, pointers(noCvr.body)]).toEqual([422, ['/organisationId']]);
    const unknown = await saml({ organisationId: '00000000-0000-4000-8000-000000000000' });
    expect((await call('admin', 'POST', '/identity-providers', unknown)).status).toBe(404);
    const taken = await call('admin', 'POST', '/identity-providers', await saml({ alias: 'kommune-idp' }));
    expect([taken.status, pointers(taken.body)]).toEqual([409, ['/alias']]);
    expect((await listed()).map((idp) => idp.alias)).not.toContain(alias);
  });

  it('refuses an OIDC issuer without discovery, naming the issuer (422)', async () => {
    const answer = await call('admin', 'POST', '/identity-providers', {
      protocol: 'oidc',
      alias: oidcAlias,
      displayName: 'Ingen',
      organisationId: DEMO_ORGANISATIONS.aarhus.id,
      issuer: `${process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080'}/realms/no-such-realm-${suffix}`,
      clientId: 'samvirke',
      clientSecret: 'x',
    });
    expect([answer.status, pointers(answer.body)]).toEqual([422, ['/issuer']]);
  });
});

describe('a municipality’s own SAML IdP, from registration to removal', () => {
  it('registers it from the metadata, and its employee logs in as a reporter of København', async () => {
    const answer = await call('admin', 'POST', '/identity-providers', await saml());
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      alias,
      protocol: 'saml',
      registeredHere: true,
      organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
      serviceProviderEntityId: `urn:dk:samvirke:sp:${alias}`,
    });
    expect(String(answer.body['idpEntityId'])).toMatch(/\/realms\/kommune-idp$/);
    expect((await listed()).find((idp) => idp.alias === alias)).toMatchObject({ registeredHere: true });
    expect((await listed()).find((idp) => idp.alias === 'kommune-idp')).toMatchObject({
      registeredHere: false,
    });

    const login = await federatedLogin(employee.username, { idp: alias });
    if (!login.ok) throw new Error(`refused (${login.status}): ${login.page.slice(0, 300)}`);
    const claims = decodeJwtPayload(login.accessToken);
    expect(claims['preferred_username']).toBe(`${alias}.${employee.subject}`);
    expect(claims['organisations']).toEqual([DEMO_ORGANISATIONS.kobenhavn.id]);
    expect(principalFromClaims(claims)?.roles).toEqual(['reporter']);
  });

  it('removes it: the employee’s user is disabled, the IdP gone from Keycloak', async () => {
    const answer = await call('admin', 'DELETE', `/identity-providers/${alias}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ alias, disabledUsers: 1 });
    const [user] = (await (
      await keycloakAdmin('GET', `/users?exact=true&username=${alias}.${employee.subject}`)
    ).json()) as { enabled: boolean }[];
    expect(user?.enabled).toBe(false);
    const gone = await fetch(
      `${process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080'}/realms/samvirke/broker/${alias}/endpoint/descriptor`,
    );
    expect(gone.status).toBe(404);
    expect((await listed()).map((idp) => idp.alias)).not.toContain(alias);
    expect((await call('admin', 'DELETE', `/identity-providers/${alias}`)).status).toBe(404);
    expect((await call('admin', 'DELETE', '/identity-providers/kommune-idp')).status).toBe(404);
  });

  it('recorded both as events and in the audit trail', async () => {
    const messages = await readTopic(
      (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
      `${stack.suite}.${TOPICS.partners}`,
      (read) => read.filter((message) => message.key === alias).length >= 2,
    );
    expect(
      messages.filter((message) => message.key === alias).map((message) => message.headers['ce_type']),
    ).toEqual([
      'dk.samvirke.partners.identity-provider.registered.v1',
      'dk.samvirke.partners.identity-provider.removed.v1',
    ]);
    const audit = await call('admin', 'GET', '/audit/entries?table=identity_provider');
    expect(audit.status).toBe(200);
    const entries = audit.body['items'] as { action: string; rowKey?: string }[];
    expect(entries.map((entry) => entry.action).sort()).toEqual(['DELETE', 'INSERT']);
  });
});

describe('an organisation’s OIDC IdP', () => {
  it('registers it from the issuer’s discovery, and removes it', async () => {
    const issuer = `${process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080'}/realms/aarhus-entra`;
    const answer = await call('admin', 'POST', '/identity-providers', {
      protocol: 'oidc',
      alias: oidcAlias,
      displayName: 'Aarhus Kommune (Entra ID, ny)',
      organisationId: DEMO_ORGANISATIONS.aarhus.id,
      issuer,
      clientId: 'samvirke',
      clientSecret: 'aarhus-entra-dev-secret',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      protocol: 'oidc',
      idpEntityId: issuer,
      loginUrl: `${issuer}/protocol/openid-connect/auth`,
    });
    const mappers = (await (
      await keycloakAdmin('GET', `/identity-provider/instances/${oidcAlias}/mappers`)
    ).json()) as { identityProviderMapper: string }[];
    expect(mappers.map((mapper) => mapper.identityProviderMapper)).toContain(
      'oidc-hardcoded-group-idp-mapper',
    );
    expect((await call('admin', 'DELETE', `/identity-providers/${oidcAlias}`)).body).toEqual({
      alias: oidcAlias,
      disabledUsers: 0,
    });
  });
});
