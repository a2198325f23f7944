import { principalFromClaims } from './claims.js';

const person = {
  sub: 'f2c1',
  preferred_username: 'anne',
  azp: 'samvirke-portal',
  realm_access: { roles: ['reporter', 'offline_access', 'uma_authorization'] },
  organisations: ['org-1', 'org-2'],
  email: 'Anne@Example.DK',
  email_verified: true,
  exp: 1_900_000_000,
};

describe('principalFromClaims', () => {
  it('reads a person: subject, username, client, platform roles only, organisations, verified e-mail', () => {
    expect(principalFromClaims(person)).toEqual({
      subject: 'f2c1',
      username: 'anne',
      clientId: 'samvirke-portal',
      roles: ['reporter'],
      organisations: ['org-1', 'org-2'],
      isServiceAccount: false,
      email: 'anne@example.dk',
      expiresAt: 1_900_000_000,
    });
  });

  it('reads a machine client by its service account and client id', () => {
    const principal = principalFromClaims({
      sub: 'c9',
      preferred_username: 'service-account-integration-demo',
      azp: 'integration-demo',
      realm_access: { roles: ['integration'] },
    });
    expect(principal).toMatchObject({
      isServiceAccount: true,
      clientId: 'integration-demo',
      roles: ['integration'],
    });
  });

  it('refuses claims without a subject', () => {
    expect(principalFromClaims({ ...person, sub: undefined })).toBeUndefined();
    expect(principalFromClaims({ ...person, sub: 7 })).toBeUndefined();
  });

  it('keeps an e-mail only when email_verified is exactly true', () => {
    for (const email_verified of [false, 'true', undefined])
      expect(principalFromClaims({ ...person, email_verified })?.email).toBeUndefined();
    expect(principalFromClaims({ ...person, email: 'not-an-address' })?.email).toBeUndefined();
  });

  it('takes a single organisation string, and ignores what is not a string', () => {
    expect(principalFromClaims({ ...person, organisations: 'org-9' })?.organisations).toEqual(['org-9']);
    expect(principalFromClaims({ ...person, organisations: ['org-1', 5, null] })?.organisations).toEqual([
      'org-1',
    ]);
    expect(principalFromClaims({ ...person, organisations: undefined })?.organisations).toEqual([]);
  });

  it('gives no roles for a missing or malformed realm_access, and no expiry for a missing exp', () => {
    expect(principalFromClaims({ ...person, realm_access: undefined })?.roles).toEqual([]);
    expect(principalFromClaims({ ...person, realm_access: { roles: 'reporter' } })?.roles).toEqual([]);
    expect(principalFromClaims({ ...person, realm_access: null })?.roles).toEqual([]);
    expect(principalFromClaims({ ...person, exp: '1' })?.expiresAt).toBe(0);
  });
});

describe('principalFromClaims for a person from an organisation identity provider', () => {
  const REPORTER = 'http://samvirke.example/roles/usersystemrole/indberetter/1';
  const bpp = (cvr: string): string =>
    Buffer.from(
      '<bpp:PrivilegeList xmlns:bpp="http://itst.dk/oiosaml/basic_privilege_profile">' +
        `<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:${cvr}"><Privilege>${REPORTER}</Privilege></PrivilegeGroup>` +
        '</bpp:PrivilegeList>',
    ).toString('base64');
  const federated = {
    sub: 'f9',
    realm_access: { roles: ['default-roles-samvirke'] },
    organisations: ['dd40cb36-b141-4c1f-b98b-d18154b706be'],
    cvr: '64942212',
  };

  it('takes the roles that the privileges scoped to its organisation give', () => {
    expect(principalFromClaims({ ...federated, oio_privileges: bpp('64942212') })?.roles).toEqual([
      'reporter',
    ]);
  });

  it('gives no role for privileges scoped to another organisation, or without a CVR', () => {
    expect(principalFromClaims({ ...federated, oio_privileges: bpp('55133018') })?.roles).toEqual([]);
    expect(
      principalFromClaims({ ...federated, cvr: undefined, oio_privileges: bpp('64942212') })?.roles,
    ).toEqual([]);
  });

  it('keeps realm roles beside them, each once', () => {
    const claims = { ...federated, realm_access: { roles: ['reporter'] }, oio_privileges: bpp('64942212') };
    expect(principalFromClaims(claims)?.roles).toEqual(['reporter']);
  });
});
