import { readOioBpp } from './oio-bpp.js';

const base64 = (xml: string): string => Buffer.from(xml, 'utf8').toString('base64');
const BPP_11 = 'http://itst.dk/oiosaml/basic_privilege_profile';
const BPP_12 = 'http://digst.dk/oiosaml/basic_privilege_profile';

function list(body: string, root = `bpp:PrivilegeList xmlns:bpp="${BPP_11}"`): string {
  const name = root.split(' ')[0] ?? '';
  return base64(`<?xml version="1.0" encoding="UTF-8"?><${root}>${body}</${name}>`);
}

describe('readOioBpp', () => {
  it('reads every group: scope, CVR, privileges (trimmed, unescaped) and constraints', () => {
    const reading = readOioBpp(
      list(`
        <PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:64942212">
          <Privilege> http://samvirke.example/roles/usersystemrole/indberetter/1 </Privilege>
          <Privilege>urn:dk:x:a&amp;b</Privilege>
        </PrivilegeGroup>
        <PrivilegeGroup Scope='urn:dk:gov:saml:seNumberIdentifier:27384223'>
          <Constraint Name="urn:dk:kombit:KLE">25.*</Constraint>
          <Privilege>urn:dk:x:view_case</Privilege>
        </PrivilegeGroup>`),
    );
    expect(reading).toEqual({
      ok: true,
      groups: [
        {
          scope: 'urn:dk:gov:saml:cvrNumberIdentifier:64942212',
          cvr: '64942212',
          privileges: ['http://samvirke.example/roles/usersystemrole/indberetter/1', 'urn:dk:x:a&b'],
          constraints: [],
        },
        {
          scope: 'urn:dk:gov:saml:seNumberIdentifier:27384223',
          cvr: undefined,
          privileges: ['urn:dk:x:view_case'],
          constraints: [{ name: 'urn:dk:kombit:KLE', value: '25.*' }],
        },
      ],
    });
  });

  it('reads the BPP 1.2 namespace, a default namespace, prefixed groups and an empty group', () => {
    const scoped =
      '<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:55133018"><Privilege>p</Privilege></PrivilegeGroup>';
    expect(readOioBpp(list(scoped, `bpp:PrivilegeList xmlns:bpp="${BPP_12}"`))).toMatchObject({
      ok: true,
      groups: [{ cvr: '55133018', privileges: ['p'] }],
    });
    expect(readOioBpp(list(scoped, `PrivilegeList xmlns="${BPP_11}"`))).toMatchObject({ ok: true });
    const prefixed = `<bpp:PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:1"><bpp:Privilege>q</bpp:Privilege></bpp:PrivilegeGroup>`;
    expect(readOioBpp(list(prefixed))).toMatchObject({ ok: true, groups: [{ cvr: '1', privileges: ['q'] }] });
    expect(readOioBpp(list('<PrivilegeGroup Scope="urn:x"/>'))).toMatchObject({
      ok: true,
      groups: [{ scope: 'urn:x', privileges: [] }],
    });
  });

  it.each([
    ['text that is not base64', '%%%not base64%%%', 'not base64 of UTF-8 text'],
    [
      'base64 of bytes that are not UTF-8',
      Buffer.from([0xc3, 0x28]).toString('base64'),
      'not base64 of UTF-8 text',
    ],
    ['a document without a PrivilegeList', base64('<Other/>'), 'no PrivilegeList element'],
    [
      'a PrivilegeList in another namespace',
      list('', 'bpp:PrivilegeList xmlns:bpp="urn:evil"'),
      'PrivilegeList in namespace urn:evil',
    ],
    ['a PrivilegeList without a namespace', list('', 'PrivilegeList'), 'PrivilegeList in namespace (none)'],
    [
      'a group without a Scope',
      list('<PrivilegeGroup><Privilege>p</Privilege></PrivilegeGroup>'),
      'a PrivilegeGroup without a Scope',
    ],
    [
      'a document type declaration (entity expansion)',
      base64(`<!DOCTYPE x [<!ENTITY a "b">]><bpp:PrivilegeList xmlns:bpp="${BPP_11}"></bpp:PrivilegeList>`),
      'declares a document type or entities',
    ],
  ])('refuses %s', (_what, input, reason) => {
    expect(readOioBpp(input)).toEqual({ ok: false, reason });
  });
});
