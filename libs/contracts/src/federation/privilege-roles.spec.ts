import { PRIVILEGE_ROLES, rolesFromPrivileges } from './privilege-roles.js';

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
