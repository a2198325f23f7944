import type {
  CloudEvent,
  MembershipGrantedV1,
  MembershipRevokedV1,
  OrganisationRegisteredV1,
  OrganisationUpdatedV1,
  ProgrammeCreatedV1,
} from '@samvirke/contracts';

/** A row of known_organisation as the projection writes it. */
export interface OrganisationRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly archived: boolean;
  /** The organisation it is a sub-unit of (null for one that stands on its own). */
  readonly parentId: string | null;
  /** Only the first event heard of an organisation sets it; later ones leave it. */
  readonly registeredAt: Date;
  readonly lastEventId: string;
}

/** A row of known_programme as the projection writes it. */
export interface ProgrammeRow {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly status: string;
  readonly backboneOrganisationId: string | null;
  readonly goalIds: string[];
  readonly lastEventId: string;
}

/** A row of programme_member as the projection writes it. */
export interface MembershipRow {
  readonly membershipId: string;
  readonly programmeId: string;
  readonly organisationId: string;
  readonly roles: string[];
  readonly joinedOn: string;
  readonly leftOn: string | null;
}

export function registeredOrganisation(event: CloudEvent, data: OrganisationRegisteredV1): OrganisationRow {
  return {
    id: data.organisationId,
    name: data.name,
    type: data.type,
    archived: false,
    parentId: data.parentOrganisationId ?? null,
    registeredAt: new Date(data.registeredAt),
    lastEventId: event.id,
  };
}

/** An update that arrives before the registration dates the organisation from when it was first heard of. */
export function updatedOrganisation(event: CloudEvent, data: OrganisationUpdatedV1): OrganisationRow {
  return {
    id: data.organisationId,
    name: data.name,
    type: data.type,
    archived: data.archived,
    parentId: data.parentOrganisationId ?? null,
    registeredAt: new Date(event.time),
    lastEventId: event.id,
  };
}

/** programme.created and programme.updated carry the same state. */
export function programmeRow(event: CloudEvent, data: ProgrammeCreatedV1): ProgrammeRow {
  return {
    id: data.programmeId,
    slug: data.slug,
    name: data.name,
    status: data.status,
    backboneOrganisationId: data.backboneOrganisationId,
    goalIds: data.goals.map((goal) => goal.id),
    lastEventId: event.id,
  };
}

export function grantedMembership(data: MembershipGrantedV1): MembershipRow {
  return {
    membershipId: data.membershipId,
    programmeId: data.programmeId,
    organisationId: data.organisationId,
    roles: data.roles,
    joinedOn: data.joinedOn,
    leftOn: null,
  };
}

/**
 * A revocation that arrives before its grant still records the membership, as ended; the join
 * date is not in the event, so the day it ended stands in for it until the grant arrives (the
 * grant then changes nothing: the ended row wins).
 */
export function revokedMembership(data: MembershipRevokedV1): MembershipRow & { leftOn: string } {
  return {
    membershipId: data.membershipId,
    programmeId: data.programmeId,
    organisationId: data.organisationId,
    roles: data.roles,
    joinedOn: data.leftOn,
    leftOn: data.leftOn,
  };
}
