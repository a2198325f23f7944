import { randomBytes } from 'node:crypto';
import { principalFromClaims } from '@samvirke/auth';
import { PRIVILEGE_ROLES, type RefusedLogin } from '@samvirke/contracts';
import {
  copyFederatedIdp,
  decodeJwtPayload,
  ensureIdentityAdministration,
  FEDERATED_USERS,
  federatedLogin,
  requestAs,
  startServiceStack,
  type DEMO_USERS,
  type ServiceStack,
} from '@samvirke/testing';

/**
 * The privilege table the platform admin maintains, end to end: through the gateway into the
 * partners service's database and, by the least-privilege service account, into the identity
 * provider's mapper in Keycloak; a person's next login through that IdP carries the new table in
 * the token, and the roles every Samvirke process reads from it change with it. The suite's own
 * copy of the demo SAML IdP is used, so other suites logging in through kommune-idp see nothing.
 */
const REPORTER = 'http://samvirke.example/roles/usersystemrole/indberetter/1';
const MEMBER = 'http://samvirke.example/roles/usersystemrole/deltager/1';
let stack: ServiceStack;
let idp: Awaited<ReturnType<typeof copyFederatedIdp>>;

beforeAll(async () => {
  await ensureIdentityAdministration();
  idp = await copyFederatedIdp(`privileges-${randomBytes(4).toString('hex')}`);
  stack = await startServiceStack('privilege_roles', ['partners'], {}, { FEDERATION_SAML_IDPS: idp.alias });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await idp?.remove();
});

async function call(
  user: keyof typeof DEMO_USERS | undefined,
  method: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const init = user ? await requestAs(user, method, body) : { method };
  const response = await fetch(`${stack.gateway.url}/api/partners/privilege-roles`, init);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function rolesAtNextLogin(): Promise<{ roles: readonly string[]; table: unknown }> {
  const login = await federatedLogin(FEDERATED_USERS.kobenhavn.username, { idp: idp.alias });
  if (!login.ok) throw new Error(`login refused (${login.status})`);
  const claims = decodeJwtPayload(login.accessToken);
  return { roles: principalFromClaims(claims)?.roles ?? [], table: claims['privilege_roles'] };
}

it('shows a platform admin the table the platform starts with', async () => {
  const answer = await call('admin', 'GET');
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({
    entries: Object.entries(PRIVILEGE_ROLES).map(([privilege, role]) => ({ privilege, role })),
    updatedAt: null,
  });
});

it.each(['helsefonden', 'coordinator', 'reporterKobenhavn', 'member'] as const)(
  'refuses %s reading or replacing the table with 403',
  async (user) => {
    expect((await call(user, 'GET')).status).toBe(403);
    expect((await call(user, 'PUT', { entries: [] })).status).toBe(403);
  },
);

it('refuses a caller without a token with 401', async () => {
  expect((await call(undefined, 'GET')).status).toBe(401);
});

it('refuses platform-admin, integration, a duplicate and a privilege that is no URI, naming each, and changes nothing', async () => {
  const answer = await call('admin', 'PUT', {
    entries: [
      { privilege: REPORTER, role: 'platform-admin' },
      { privilege: MEMBER, role: 'integration' },
      { privilege: MEMBER, role: 'reporter' },
      { privilege: 'indberetter', role: 'reporter' },
    ],
  });
  expect(answer.status).toBe(400);
  const pointers = (answer.body['errors'] as { pointer: string }[]).map((error) => error.pointer).sort();
  expect(pointers).toEqual([
    '/entries/0/role',
    '/entries/1/role',
    '/entries/2/privilege',
    '/entries/3/privilege',
  ]);
  expect((await call('admin', 'GET')).body['updatedAt']).toBeNull();
});

it('a changed table gives the changed role at the next login, and a removed privilege no role', async () => {
  expect((await rolesAtNextLogin()).roles).toEqual(['reporter']);

  const changed = await call('admin', 'PUT', {
    entries: [
      { privilege: REPORTER, role: 'backbone-coordinator' },
      { privilege: MEMBER, role: 'partner-member' },
    ],
  });
  expect(changed.status).toBe(200);
  expect(changed.body['updatedAt']).toEqual(expect.any(String));
  const next = await rolesAtNextLogin();
  expect(JSON.parse(String(next.table))).toEqual({
    [REPORTER]: 'backbone-coordinator',
    [MEMBER]: 'partner-member',
  });
  expect(next.roles).toEqual(['backbone-coordinator']);

  expect(
    (await call('admin', 'PUT', { entries: [{ privilege: MEMBER, role: 'partner-member' }] })).status,
  ).toBe(200);
  expect((await rolesAtNextLogin()).roles).toEqual([]);
  expect((await call('admin', 'GET')).body['entries']).toEqual([
    { privilege: MEMBER, role: 'partner-member' },
  ]);
});

describe('refused logins', () => {
  async function refusedLogins(user: keyof typeof DEMO_USERS): Promise<{ status: number; body: unknown }> {
    const response = await fetch(
      `${stack.gateway.url}/api/partners/refused-logins?limit=50`,
      await requestAs(user, 'GET'),
    );
    return { status: response.status, body: await response.json() };
  }

  it('shows a platform admin the login of an organisation not connected, refused at login', async () => {
    // Through the shared demo IdP: the refusal happens before anything of the person is kept.
    const login = await federatedLogin(FEDERATED_USERS.unconnected.username);
    expect(login.ok).toBe(false);
    const answer = await refusedLogins('admin');
    expect(answer.status).toBe(200);
    const items = (answer.body as { items: RefusedLogin[] }).items;
    expect(items).toContainEqual(
      expect.objectContaining({
        type: 'IDENTITY_PROVIDER_POST_LOGIN_ERROR',
        error: 'access_denied',
        identityProvider: 'kommune-idp',
        identity: FEDERATED_USERS.unconnected.subject,
      }),
    );
  });

  it.each(['helsefonden', 'coordinator', 'reporterKobenhavn', 'member'] as const)(
    'refuses %s the refused logins with 403',
    async (user) => {
      expect((await refusedLogins(user)).status).toBe(403);
    },
  );
});
