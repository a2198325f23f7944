import { thrown } from '../../test/rules.fixture.js';
import {
  alreadyMember,
  grantedEvent,
  newMembership,
  requireBackboneKept,
  revokedEvent,
  sameRoles,
  withName,
} from './memberships.rules.js';

const backbone = 'b0000000-0000-4000-8000-000000000002';
const kobenhavn = '00000000-0000-4000-8000-000000000101';
const grant = {
  programmeId: 'c0000000-0000-4000-8000-000000000003',
  organisationId: kobenhavn,
  roles: ['data-provider' as const],
  joinedOn: '2026-02-01',
};

describe('a new membership', () => {
  it('is current (no leftOn) and is announced with its roles and start', () => {
    const membership = newMembership('m1', grant);
    expect(membership).toEqual({ id: 'm1', ...grant, leftOn: null });
    expect(grantedEvent(membership)).toEqual({ membershipId: 'm1', ...grant });
    expect(withName(membership, 'Københavns Kommune').organisationName).toBe('Københavns Kommune');
  });

  it('is refused while the organisation is a member, pointing at it', () => {
    expect(alreadyMember('Københavns Kommune')).toMatchObject({
      kind: 'conflict',
      errors: [{ pointer: '/organisationId', detail: 'already a member' }],
    });
  });

  it('ends with the day it ended in membership.revoked', () => {
    expect(revokedEvent(newMembership('m1', grant), '2026-06-30')).toEqual({
      membershipId: 'm1',
      programmeId: grant.programmeId,
      organisationId: kobenhavn,
      roles: ['data-provider'],
      leftOn: '2026-06-30',
    });
  });
});

describe('changing roles', () => {
  it('is a change only when the set of roles differs', () => {
    expect(sameRoles(['funder', 'backbone'], ['backbone', 'funder'])).toBe(true);
    expect(sameRoles(['funder'], ['funder', 'backbone'])).toBe(false);
    expect(sameRoles(['funder', 'backbone'], ['funder', 'data-provider'])).toBe(false);
  });

  it("keeps the programme's backbone in its role and membership", () => {
    expect(thrown(() => requireBackboneKept(backbone, backbone, ['knowledge-partner'])).kind).toBe(
      'conflict',
    );
    expect(thrown(() => requireBackboneKept(backbone, backbone, [])).kind).toBe('conflict');
    expect(() => requireBackboneKept(backbone, backbone, ['backbone', 'funder'])).not.toThrow();
    expect(() => requireBackboneKept(backbone, kobenhavn, [])).not.toThrow();
    expect(() => requireBackboneKept(null, kobenhavn, [])).not.toThrow();
  });
});
