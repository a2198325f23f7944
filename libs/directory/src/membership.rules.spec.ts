import { namesBackbone, organisationsWithRole, rolesOf } from './membership.rules.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('membership rules', () => {
  it('collects the roles of every current membership once', () => {
    const roles = rolesOf([
      { organisationId: A, roles: ['funder', 'data-provider'] },
      { organisationId: B, roles: ['data-provider'] },
    ]);
    expect([...roles].sort()).toEqual(['data-provider', 'funder']);
    expect(rolesOf([]).size).toBe(0);
  });

  it('names each organisation holding a role once, even with two memberships', () => {
    const memberships = [
      { organisationId: A, roles: ['funder'] },
      { organisationId: A, roles: ['funder', 'backbone'] },
      { organisationId: B, roles: ['data-provider'] },
    ];
    expect(organisationsWithRole(memberships, 'funder')).toEqual([A]);
    expect(organisationsWithRole(memberships, 'backbone')).toEqual([A]);
    expect(organisationsWithRole(memberships, 'evaluator')).toEqual([]);
  });

  it('knows a backbone organisation only when the programme names one of the organisations', () => {
    expect(namesBackbone({ backbone_organisation_id: A }, [B, A])).toBe(true);
    expect(namesBackbone({ backbone_organisation_id: A }, [B])).toBe(false);
    expect(namesBackbone({ backbone_organisation_id: null }, [A])).toBe(false);
    expect(namesBackbone(undefined, [A])).toBe(false);
  });
});
