import type { Principal, Role } from '@samvirke/auth';
import type { ProgrammeStanding } from '@samvirke/directory';
import { DomainError } from '@samvirke/platform';
import {
  funderOrganisationsOf,
  isBackboneOf,
  iso,
  mayView,
  ore,
  programmeNotFound,
  requireActsFor,
} from './access.rules.js';

const PROGRAMME = '00000000-0000-4000-8000-000000000001';
const FOUNDATION = '00000000-0000-4000-8000-00000000000f';
const BACKBONE = '00000000-0000-4000-8000-00000000000b';
const OTHER = '00000000-0000-4000-8000-00000000000e';

function caller(roles: Role[], organisations: string[]): Principal {
  return {
    subject: 's',
    username: 'u',
    clientId: undefined,
    roles,
    organisations,
    isServiceAccount: false,
    email: undefined,
    expiresAt: 0,
  };
}

function standing(
  memberships: ProgrammeStanding['memberships'],
  backbone: string | null = null,
  known = true,
): ProgrammeStanding {
  const programme = { id: PROGRAMME, slug: 'p', name: 'P', status: 'active', goal_ids: [] };
  return { programme: known ? { ...programme, backbone_organisation_id: backbone } : undefined, memberships };
}

describe("grants' access rules", () => {
  it('shows a programme to current members, its backbone organisation and platform admins only', () => {
    const member = standing([{ organisationId: FOUNDATION, roles: ['funder'] }]);
    expect(mayView(caller(['foundation-officer'], [FOUNDATION]), member)).toBe(true);
    expect(mayView(caller(['backbone-coordinator'], [BACKBONE]), standing([], BACKBONE))).toBe(true);
    expect(mayView(caller(['platform-admin'], []), standing([]))).toBe(true);
    expect(mayView(caller(['foundation-officer'], [OTHER]), standing([]))).toBe(false);
  });

  it('hides an unknown programme even from platform admins', () => {
    expect(mayView(caller(['platform-admin'], []), standing([], null, false))).toBe(false);
  });

  it("names the caller's funder organisations to foundation officers only", () => {
    const memberships = [
      { organisationId: FOUNDATION, roles: ['funder'] },
      { organisationId: OTHER, roles: ['data-provider'] },
    ];
    expect(funderOrganisationsOf(caller(['foundation-officer'], [FOUNDATION, OTHER]), memberships)).toEqual([
      FOUNDATION,
    ]);
    expect(funderOrganisationsOf(caller(['reporter'], [FOUNDATION]), memberships)).toEqual([]);
  });

  it('makes a backbone coordinator of a backbone member or of the named backbone organisation', () => {
    const coordinator = caller(['backbone-coordinator'], [BACKBONE]);
    expect(isBackboneOf(coordinator, standing([{ organisationId: BACKBONE, roles: ['backbone'] }]))).toBe(
      true,
    );
    expect(isBackboneOf(coordinator, standing([], BACKBONE))).toBe(true);
    expect(isBackboneOf(coordinator, standing([{ organisationId: BACKBONE, roles: ['funder'] }]))).toBe(
      false,
    );
    expect(isBackboneOf(caller(['reporter'], [BACKBONE]), standing([], BACKBONE))).toBe(false);
  });

  it('lets an officer act only for a foundation of theirs that funds the programme; admins for any', () => {
    const officer = caller(['foundation-officer'], [FOUNDATION]);
    expect(() => requireActsFor(officer, [FOUNDATION], FOUNDATION)).not.toThrow();
    expect(() => requireActsFor(officer, [FOUNDATION], OTHER)).toThrow(DomainError);
    expect(() => requireActsFor(caller(['platform-admin'], []), [], OTHER)).not.toThrow();
  });

  it('answers a hidden programme as an unknown one', () => {
    const error = programmeNotFound(PROGRAMME);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.message).toBe(`No programme ${PROGRAMME} that you can see.`);
  });

  it('reads amounts and times as pg returns them', () => {
    expect(ore('1234567')).toBe(1_234_567);
    expect(ore(null)).toBe(0);
    expect(ore(undefined)).toBe(0);
    expect(iso(null)).toBeNull();
    expect(iso('2026-01-02T03:04:05+01:00')).toBe('2026-01-02T02:04:05.000Z');
  });
});
