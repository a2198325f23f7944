import type { MembershipDto, MembershipRole } from '@samvirke/contracts';
import { principalWith } from '../auth/test-principal.js';
import { activityOrganisations, canCreateProgramme, canManageProgramme } from './access.js';

// principalWith() gives a user of organisation 'o'.
const member = (organisationId: string, ...roles: MembershipRole[]): MembershipDto => ({
  id: `m-${organisationId}`,
  programmeId: 'p',
  organisationId,
  organisationName: organisationId,
  roles,
  joinedOn: '2026-01-01',
  leftOn: null,
});

describe('which set-up controls a user sees', () => {
  it('offers creating a programme to foundation officers and platform admins only', () => {
    expect(canCreateProgramme(principalWith('foundation-officer'))).toBe(true);
    expect(canCreateProgramme(principalWith('platform-admin'))).toBe(true);
    expect(canCreateProgramme(principalWith('backbone-coordinator'))).toBe(false);
    expect(canCreateProgramme(principalWith('reporter'))).toBe(false);
  });

  it("lets the funder's officer, the backbone's coordinator and admins manage, not other members", () => {
    const funded = [member('o', 'funder'), member('x', 'backbone')];
    expect(canManageProgramme(principalWith('foundation-officer'), funded)).toBe(true);
    expect(canManageProgramme(principalWith('backbone-coordinator'), funded)).toBe(false);
    expect(canManageProgramme(principalWith('backbone-coordinator'), [member('o', 'backbone')])).toBe(true);
    expect(canManageProgramme(principalWith('foundation-officer'), [member('o', 'data-provider')])).toBe(
      false,
    );
    expect(canManageProgramme(principalWith('platform-admin'), [])).toBe(true);
  });

  it("offers a member's own staff its activities, and a manager every member's", () => {
    const members = [member('o', 'data-provider'), member('x', 'funder')];
    expect(activityOrganisations(principalWith('reporter'), members).map((m) => m.organisationId)).toEqual([
      'o',
    ]);
    expect(activityOrganisations(principalWith('platform-admin'), members)).toHaveLength(2);
    expect(activityOrganisations(principalWith('integration'), members)).toEqual([]);
  });
});
