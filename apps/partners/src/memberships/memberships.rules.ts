import type { MembershipDto, MembershipRole } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';

/** A membership as stored, without the organisation's name. */
export type MembershipRecord = Omit<MembershipDto, 'organisationName'>;

export interface MembershipGrant {
  readonly programmeId: string;
  readonly organisationId: string;
  readonly roles: MembershipRole[];
  readonly joinedOn: string;
}

export function newMembership(id: string, grant: MembershipGrant): MembershipRecord {
  return { id, ...grant, leftOn: null };
}

export function withName(membership: MembershipRecord, organisationName: string): MembershipDto {
  return { ...membership, organisationName };
}

/** Whether two role lists hold the same roles, in any order. */
export function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

/**
 * The programme's named backbone keeps its membership and its backbone role (`nextRoles` is
 * empty when the membership ends) until the programme names another backbone.
 */
export function requireBackboneKept(
  backboneOrganisationId: string | null,
  organisationId: string,
  nextRoles: readonly MembershipRole[],
): void {
  if (backboneOrganisationId === organisationId && !nextRoles.includes('backbone')) {
    throw new DomainError(
      'conflict',
      "This organisation is the programme's backbone; name another backbone on the programme first.",
    );
  }
}

export function alreadyMember(organisationName: string): DomainError {
  return new DomainError('conflict', `${organisationName} is already a member; change its roles instead.`, [
    { pointer: '/organisationId', detail: 'already a member' },
  ]);
}

export function notMember(organisationId: string): DomainError {
  return new DomainError('not-found', `Organisation ${organisationId} is not a member of this programme.`);
}

export function grantedEvent(membership: MembershipRecord) {
  const { id, programmeId, organisationId, roles, joinedOn } = membership;
  return { membershipId: id, programmeId, organisationId, roles, joinedOn };
}

export function revokedEvent(membership: MembershipRecord, leftOn: string) {
  const { id, programmeId, organisationId, roles } = membership;
  return { membershipId: id, programmeId, organisationId, roles, leftOn };
}
