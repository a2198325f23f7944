import type { Principal, Role } from '@samvirke/auth';
import type { ProgrammeStanding } from '@samvirke/directory';
import { mayRunMeasurement, visibleRoles } from './programme-access.rules.js';

const PROGRAMME = '00000000-0000-4000-8000-000000000001';
const KOMMUNE = '00000000-0000-4000-8000-00000000000a';

function caller(roles: Role[]): Principal {
  return {
    subject: 's',
    username: 'u',
    clientId: undefined,
    roles,
    organisations: [KOMMUNE],
    isServiceAccount: false,
    email: undefined,
    expiresAt: 0,
  };
}

const programme = {
  id: PROGRAMME,
  slug: 'p',
  name: 'P',
  status: 'active',
  backbone_organisation_id: KOMMUNE,
  goal_ids: [],
};

describe("measurement's programme access rules", () => {
  it("gives a current member the roles of all its organisations' memberships", () => {
    const standing: ProgrammeStanding = {
      programme,
      memberships: [
        { organisationId: KOMMUNE, roles: ['data-provider'] },
        { organisationId: KOMMUNE, roles: ['backbone'] },
      ],
    };
    expect([...(visibleRoles(caller(['reporter']), standing) ?? [])].sort()).toEqual([
      'backbone',
      'data-provider',
    ]);
  });

  it('hides the programme from non-members, even its named backbone organisation', () => {
    expect(visibleRoles(caller(['backbone-coordinator']), { programme, memberships: [] })).toBeUndefined();
  });

  it('shows a known programme to platform admins without a membership, and an unknown one to nobody', () => {
    expect(visibleRoles(caller(['platform-admin']), { programme, memberships: [] })?.size).toBe(0);
    const unknown = { programme: undefined, memberships: [{ organisationId: KOMMUNE, roles: ['backbone'] }] };
    expect(visibleRoles(caller(['platform-admin']), unknown)).toBeUndefined();
  });

  it("lets the backbone's coordinators and platform admins run measurement, no one else", () => {
    expect(mayRunMeasurement(caller(['backbone-coordinator']), new Set(['backbone']))).toBe(true);
    expect(mayRunMeasurement(caller(['reporter']), new Set(['backbone']))).toBe(false);
    expect(mayRunMeasurement(caller(['backbone-coordinator']), new Set(['data-provider']))).toBe(false);
    expect(mayRunMeasurement(caller(['platform-admin']), new Set())).toBe(true);
  });
});
