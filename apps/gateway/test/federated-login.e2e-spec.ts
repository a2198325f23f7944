import {
  DEMO_ORGANISATIONS,
  FEDERATED_IDP_ALIAS,
  FEDERATED_USERS,
  ORGANISATION_IDP_USER,
  ORGANISATION_OIDC_IDP_ALIAS,
  brokeredUserAccess,
  createImpostorIdp,
  decodeJwtPayload,
  federatedLogin,
  replaySamlPost,
  requestAs,
  setIdpUserAttribute,
  startServiceStack,
  waitFor,
  youngPeopleInEducation,
  type DEMO_USERS,
  type ServiceStack,
} from '@samvirke/testing';

/**
 * Municipal SSO end to end, all real: a municipal employee logs in at the demo municipal IdP
 * (realm kommune-idp, SAML 2.0, signed assertions with OIOSAML attributes), the samvirke realm
 * brokers the login, places them in their organisation by the assertion's CVR and carries their
 * OIO BPP privileges into the token; the gateway and measurement then let them report for their
 * own municipality and nobody else's. A municipality Samvirke does not know is refused at login.
 */
let stack: ServiceStack;
const world = { programme: '', period: '', indicator: `federated-${Date.now().toString(36)}` };

async function as(
  user: keyof typeof DEMO_USERS,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${stack.gateway.url}/api${path}`, await requestAs(user, method, body));
  const text = await response.text();
  if (!response.ok) throw new Error(`${user} ${method} ${path} → ${response.status}: ${text}`);
  return text ? JSON.parse(text) : {};
}

/** A programme with København and Aarhus as data providers, an indicator and an open period. */
async function buildWorld(): Promise<void> {
  for (const key of ['helsefonden', 'kobenhavn', 'aarhus'] as const) {
    const organisation = DEMO_ORGANISATIONS[key];
    await as('admin', 'POST', '/partners/organisations', {
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      ...('cvr' in organisation
        ? { cvr: organisation.cvr, kommunekode: key === 'aarhus' ? '751' : '101' }
        : {}),
    });
  }
  const programme = (await as('helsefonden', 'POST', '/partners/programmes', {
    name: 'Fødereret program',
    slug: `federated-${Date.now().toString(36)}`,
    problemStatement: 'Et problem.',
    vision: 'En vision.',
    startDate: '2026-01-01',
    backboneOrganisationId: null,
    goals: [{ title: 'Mål et' }],
  })) as { id: string };
  world.programme = programme.id;
  for (const key of ['kobenhavn', 'aarhus'] as const)
    await as('helsefonden', 'POST', `/partners/programmes/${programme.id}/members`, {
      organisationId: DEMO_ORGANISATIONS[key].id,
      roles: ['data-provider'],
    });
  await as('admin', 'POST', '/measurement/indicators', youngPeopleInEducation(world.indicator));
  // Measurement learns the programme and its members from partners' events.
  await waitFor('measurement to know the programme', async () => {
    try {
      const path = `/measurement/programmes/${programme.id}/indicators/${world.indicator}`;
      await as('admin', 'PUT', path, { frequency: 'quarterly' });
      await as('reporterAarhus', 'GET', `/measurement/programmes/${programme.id}/indicators`);
      return true;
    } catch {
      return false;
    }
  });
  const period = (await as('admin', 'POST', `/measurement/programmes/${programme.id}/periods`, {
    frequency: 'quarterly',
    period: '2026-Q2',
    dueDate: '2099-07-31',
  })) as { id: string };
  world.period = period.id;
}

beforeAll(async () => {
  stack = await startServiceStack('federated', ['partners', 'measurement']);
  await buildWorld();
}, 180_000);

afterAll(() => stack.stop());

/** A federated person's access token (they must be let in). */
async function tokenOf(user: keyof typeof FEDERATED_USERS): Promise<string> {
  const login = await federatedLogin(FEDERATED_USERS[user].username);
  if (!login.ok) throw new Error(`${user} was refused (${login.status}): ${login.page.slice(0, 300)}`);
  return login.accessToken;
}

function submission(
  token: string,
  organisation: 'kobenhavn' | 'aarhus',
  method: 'GET' | 'PUT',
): Promise<Response> {
  const path = `/programmes/${world.programme}/periods/${world.period}/submissions/${DEMO_ORGANISATIONS[organisation].id}`;
  return fetch(`${stack.gateway.url}/api/measurement${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(method === 'PUT'
      ? { body: JSON.stringify({ values: [{ indicator: world.indicator, value: 12 }] }) }
      : {}),
  });
}

describe('municipal SSO through the SAML identity provider', () => {
  it('lets a Københavns Kommune employee in as a reporter of København, from the assertion alone', async () => {
    const claims = decodeJwtPayload(await tokenOf('kobenhavn'));
    expect(claims['preferred_username']).toBe(`${FEDERATED_IDP_ALIAS}.${FEDERATED_USERS.kobenhavn.subject}`);
    expect(claims['organisations']).toEqual([DEMO_ORGANISATIONS.kobenhavn.id]);
    expect(claims['cvr']).toBe(DEMO_ORGANISATIONS.kobenhavn.cvr);
    expect(claims['email']).toBe('anne.holm@kk.example');
    expect(claims['email_verified']).toBe(true);
    expect(typeof claims['oio_privileges']).toBe('string');
    // No realm role was granted in Keycloak: the role comes from the privileges (libs/auth).
    expect((claims['realm_access'] as { roles: string[] }).roles).not.toContain('reporter');
  });

  it("has København's employee report for København, and refuses them Aarhus' data", async () => {
    const token = await tokenOf('kobenhavn');
    expect((await submission(token, 'kobenhavn', 'PUT')).status).toBe(200);
    const own = await submission(token, 'kobenhavn', 'GET');
    expect(own.status).toBe(200);
    expect(JSON.stringify(await own.json())).toContain(world.indicator);
    expect([403, 404]).toContain((await submission(token, 'aarhus', 'GET')).status);
    expect([403, 404]).toContain((await submission(token, 'aarhus', 'PUT')).status);
  });

  it("has Aarhus' employee see only Aarhus", async () => {
    const token = await tokenOf('aarhus');
    expect(decodeJwtPayload(token)['organisations']).toEqual([DEMO_ORGANISATIONS.aarhus.id]);
    expect((await submission(token, 'aarhus', 'PUT')).status).toBe(200);
    expect([403, 404]).toContain((await submission(token, 'kobenhavn', 'GET')).status);
  });

  it('takes the role away at the next login once the IdP no longer sends the privilege, and back', async () => {
    const { username, cvr } = FEDERATED_USERS.revocable;
    const none = Buffer.from(
      '<bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile">' +
        `<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:${cvr}"/></bpp:PrivilegeList>`,
    ).toString('base64');
    const before = await setIdpUserAttribute(username, 'privileges', [none]);
    try {
      const revoked = await tokenOf('revocable');
      expect(decodeJwtPayload(revoked)['organisations']).toEqual([DEMO_ORGANISATIONS.kobenhavn.id]);
      expect((await submission(revoked, 'kobenhavn', 'PUT')).status).toBe(403);
    } finally {
      await setIdpUserAttribute(username, 'privileges', before);
    }
    expect((await submission(await tokenOf('revocable'), 'kobenhavn', 'PUT')).status).toBe(200);
  });

  it('gives no role for a privilege scoped to another organisation', async () => {
    const token = await tokenOf('wrongScope');
    expect(decodeJwtPayload(token)['organisations']).toEqual([DEMO_ORGANISATIONS.kobenhavn.id]);
    expect((await submission(token, 'kobenhavn', 'PUT')).status).toBe(403);
  });

  it('refuses an employee of a municipality that is not connected, with a clear page, and grants nothing', async () => {
    const login = await federatedLogin(FEDERATED_USERS.unconnected.username);
    expect(login.ok).toBe(false);
    if (login.ok) return;
    expect(login.status).toBe(401);
    expect(login.page).toContain('ikke tilsluttet Samvirke');
    // Keycloak keeps the brokered user record it created before the check, with no organisation or role.
    const access = await brokeredUserAccess(`${FEDERATED_IDP_ALIAS}.${FEDERATED_USERS.unconnected.subject}`);
    expect(access?.groups ?? []).toEqual([]);
    expect(access?.realmRoles ?? []).toEqual(['default-roles-samvirke']);
  });
});

describe('SAML responses the samvirke realm must not accept', () => {
  const kobenhavn = FEDERATED_USERS.kobenhavn;

  it('refuses an assertion changed after the IdP signed it (another CVR)', async () => {
    let changed = 0;
    const login = await federatedLogin(kobenhavn.username, {
      alterResponse: (xml) => {
        changed = xml.split(kobenhavn.cvr).length - 1;
        return xml.replaceAll(kobenhavn.cvr, FEDERATED_USERS.aarhus.cvr);
      },
    });
    expect(changed).toBeGreaterThan(0);
    expect(login.ok).toBe(false);
  });

  it('refuses an unsigned assertion', async () => {
    const signature = /<(?:\w+:)?Signature\b[\s\S]*?<\/(?:\w+:)?Signature>/g;
    let signatures = 0;
    const login = await federatedLogin(kobenhavn.username, {
      alterResponse: (xml) => {
        signatures = xml.match(signature)?.length ?? 0;
        return xml.replace(signature, '');
      },
    });
    expect(signatures).toBeGreaterThan(0);
    expect(login.ok).toBe(false);
  });

  it('refuses an assertion signed by another IdP with its own key, for the same person', async () => {
    const impostorRealm = `kommune-idp-impostor-${Date.now().toString(36)}`;
    const removeImpostor = await createImpostorIdp(impostorRealm);
    try {
      const login = await federatedLogin(kobenhavn.username, { impostorRealm });
      expect(login.samlPost?.fields['SAMLResponse']).toBeDefined();
      expect(login.ok).toBe(false);
    } finally {
      await removeImpostor();
    }
  });

  it('refuses a captured SAML response posted again from another browser', async () => {
    const { ok, samlPost } = await federatedLogin(kobenhavn.username);
    expect(ok).toBe(true);
    if (!samlPost) throw new Error('the login carried no SAML response');
    expect((await replaySamlPost(samlPost)).codeIssued).toBe(false);
  });
});

describe("an organisation's own OIDC identity provider (Entra ID–style)", () => {
  it("lets an Aarhus employee in through Aarhus' own IdP: the organisation from the IdP, the role from the app role", async () => {
    const login = await federatedLogin(ORGANISATION_IDP_USER.username, { idp: ORGANISATION_OIDC_IDP_ALIAS });
    if (!login.ok) throw new Error(`refused (${login.status}): ${login.page.slice(0, 300)}`);
    const claims = decodeJwtPayload(login.accessToken);
    expect(claims['preferred_username']).toBe(
      `${ORGANISATION_OIDC_IDP_ALIAS}.${ORGANISATION_IDP_USER.subject}`,
    );
    expect(claims['organisations']).toEqual([DEMO_ORGANISATIONS.aarhus.id]);
    expect((claims['realm_access'] as { roles: string[] }).roles).toContain('reporter');
    expect((await submission(login.accessToken, 'aarhus', 'PUT')).status).toBe(200);
    expect([403, 404]).toContain((await submission(login.accessToken, 'kobenhavn', 'GET')).status);
  });
});
