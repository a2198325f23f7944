import {
  PRIVILEGE_ROLES,
  privilegeTableFromClaim,
  rolesFromPrivilegeClaims,
  rolesFromPrivileges,
} from './privilege-roles.js';
import { replacePrivilegeRolesSchema } from './privilege-roles.dto.js';

const REPORTER = 'http://samvirke.example/roles/usersystemrole/indberetter/1';
const MEMBER = 'http://samvirke.example/roles/usersystemrole/deltager/1';
const KOBENHAVN = '64942212';
const AARHUS = '55133018';

function bpp(...groups: { cvr: string; privileges: string[]; constraint?: string }[]): string {
  const body = groups
    .map(
      (group) =>
        `<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:${group.cvr}">` +
        (group.constraint ? `<Constraint Name="urn:dk:kombit:KLE">${group.constraint}</Constraint>` : '') +
        group.privileges.map((privilege) => `<Privilege>${privilege}</Privilege>`).join('') +
        '</PrivilegeGroup>',
    )
    .join('');
  const xml = `<bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile">${body}</bpp:PrivilegeList>`;
  return Buffer.from(xml).toString('base64');
}

describe('rolesFromPrivileges', () => {
  it('maps the privileges scoped to the organisation the person logged in for, through the table', () => {
    expect(rolesFromPrivileges(bpp({ cvr: KOBENHAVN, privileges: [REPORTER, MEMBER] }), KOBENHAVN)).toEqual([
      'reporter',
      'partner-member',
    ]);
  });

  it('ignores privileges scoped to another organisation', () => {
    const privileges = bpp({ cvr: AARHUS, privileges: [REPORTER] }, { cvr: KOBENHAVN, privileges: [MEMBER] });
    expect(rolesFromPrivileges(privileges, KOBENHAVN)).toEqual(['partner-member']);
    expect(rolesFromPrivileges(privileges, AARHUS)).toEqual(['reporter']);
  });

  it('grants nothing for privileges the table does not know, or in a group with constraints', () => {
    expect(
      rolesFromPrivileges(bpp({ cvr: KOBENHAVN, privileges: ['urn:dk:other:admin'] }), KOBENHAVN),
    ).toEqual([]);
    expect(
      rolesFromPrivileges(bpp({ cvr: KOBENHAVN, privileges: [REPORTER], constraint: '25.*' }), KOBENHAVN),
    ).toEqual([]);
  });

  it('grants nothing without privileges, without a CVR, or for an unreadable document', () => {
    const privileges = bpp({ cvr: KOBENHAVN, privileges: [REPORTER] });
    expect(rolesFromPrivileges(undefined, KOBENHAVN)).toEqual([]);
    expect(rolesFromPrivileges(privileges, undefined)).toEqual([]);
    expect(rolesFromPrivileges('bm90IHhtbA==', KOBENHAVN)).toEqual([]);
  });

  it('follows the table it is given, and never maps a privilege named like an object property', () => {
    const privileges = bpp({ cvr: KOBENHAVN, privileges: [REPORTER, 'constructor', '__proto__'] });
    expect(rolesFromPrivileges(privileges, KOBENHAVN, { [REPORTER]: 'backbone-coordinator' })).toEqual([
      'backbone-coordinator',
    ]);
    expect(rolesFromPrivileges(privileges, KOBENHAVN, {})).toEqual([]);
  });

  it('grants only roles an organisation may grant: no platform-admin or integration in the table', () => {
    expect(Object.values(PRIVILEGE_ROLES)).not.toContain('platform-admin');
    expect(Object.values(PRIVILEGE_ROLES)).not.toContain('integration');
  });
});

describe('the table a token carries (privilege_roles)', () => {
  const privileges = bpp({ cvr: KOBENHAVN, privileges: [REPORTER, MEMBER] });

  it('maps through the table in the token, not the built-in one', () => {
    const table = JSON.stringify({ [MEMBER]: 'backbone-coordinator' });
    expect(
      rolesFromPrivilegeClaims({ oio_privileges: privileges, cvr: KOBENHAVN, privilege_roles: table }),
    ).toEqual(['backbone-coordinator']);
  });

  it('reads the table as a JSON object as well as its text', () => {
    const claims = {
      oio_privileges: privileges,
      cvr: KOBENHAVN,
      privilege_roles: { [REPORTER]: 'reporter' },
    };
    expect(rolesFromPrivilegeClaims(claims)).toEqual(['reporter']);
  });

  it('falls back to the built-in table when the token carries none or an unreadable one', () => {
    expect(rolesFromPrivilegeClaims({ oio_privileges: privileges, cvr: KOBENHAVN })).toEqual([
      'reporter',
      'partner-member',
    ]);
    expect(privilegeTableFromClaim('{not json')).toBeUndefined();
    expect(privilegeTableFromClaim('[]')).toBeUndefined();
  });

  it('grants nothing by an entry naming platform-admin or integration, even in a signed token', () => {
    const table = { [REPORTER]: 'platform-admin', [MEMBER]: 'integration' };
    expect(privilegeTableFromClaim(table)).toEqual({});
    expect(
      rolesFromPrivilegeClaims({ oio_privileges: privileges, cvr: KOBENHAVN, privilege_roles: table }),
    ).toEqual([]);
  });

  it('an empty table grants nothing (it is not replaced by the built-in one)', () => {
    expect(
      rolesFromPrivilegeClaims({ oio_privileges: privileges, cvr: KOBENHAVN, privilege_roles: '{}' }),
    ).toEqual([]);
  });
});

describe('replacePrivilegeRolesSchema', () => {
  it('refuses platform-admin, a duplicate privilege and a privilege that is no URI, naming each', () => {
    const result = replacePrivilegeRolesSchema.safeParse({
      entries: [
        { privilege: REPORTER, role: 'reporter' },
        { privilege: MEMBER, role: 'platform-admin' },
        { privilege: REPORTER, role: 'partner-member' },
        { privilege: 'not a uri', role: 'reporter' },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(['entries.1.role', 'entries.2.privilege', 'entries.3.privilege']);
  });

  it('accepts http(s) URLs and URNs', () => {
    const entries = [
      { privilege: REPORTER, role: 'reporter' },
      { privilege: 'urn:dk:kombit:samvirke:indberetter', role: 'reporter' },
    ];
    expect(replacePrivilegeRolesSchema.safeParse({ entries }).success).toBe(true);
  });
});
