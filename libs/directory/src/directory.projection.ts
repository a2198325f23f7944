import type { EntityManager } from 'typeorm';
import {
  membershipGrantedV1,
  membershipRevokedV1,
  organisationRegisteredV1,
  organisationUpdatedV1,
  programmeCreatedV1,
  programmeUpdatedV1,
  type CloudEvent,
  type MembershipGrantedV1,
  type MembershipRevokedV1,
  type OrganisationRegisteredV1,
  type OrganisationUpdatedV1,
  type ProgrammeCreatedV1,
} from '@samvirke/contracts';
import {
  grantedMembership,
  programmeRow,
  registeredOrganisation,
  revokedMembership,
  updatedOrganisation,
} from './directory.rules.js';
import { endMembership, insertMembership, upsertOrganisation, upsertProgramme } from './directory.store.js';

type Apply<T> = (manager: EntityManager, event: CloudEvent, data: T) => Promise<void>;

/** How each partners event changes the directory, in the transaction that records it in the inbox. */
export const directoryProjection: {
  organisationRegistered: Apply<OrganisationRegisteredV1>;
  organisationUpdated: Apply<OrganisationUpdatedV1>;
  programmeChanged: Apply<ProgrammeCreatedV1>;
  membershipGranted: Apply<MembershipGrantedV1>;
  membershipRevoked: Apply<MembershipRevokedV1>;
} = {
  organisationRegistered: (manager, event, data) =>
    upsertOrganisation(manager, registeredOrganisation(event, data)),
  organisationUpdated: (manager, event, data) =>
    upsertOrganisation(manager, updatedOrganisation(event, data)),
  programmeChanged: (manager, event, data) => upsertProgramme(manager, programmeRow(event, data)),
  membershipGranted: (manager, _event, data) => insertMembership(manager, grantedMembership(data)),
  membershipRevoked: (manager, _event, data) => endMembership(manager, revokedMembership(data)),
};

/**
 * For a service whose transport hands each event type to one handler that does more than keep the
 * directory (notifications): applies the event when it is one the directory keeps, and says whether
 * it was. The transport has already checked the data against the type's contract.
 */
export async function applyPartnersEvent(
  event: CloudEvent,
  data: unknown,
  manager: EntityManager,
): Promise<boolean> {
  switch (event.type) {
    case organisationRegisteredV1.type:
      await directoryProjection.organisationRegistered(manager, event, data as OrganisationRegisteredV1);
      return true;
    case organisationUpdatedV1.type:
      await directoryProjection.organisationUpdated(manager, event, data as OrganisationUpdatedV1);
      return true;
    case programmeCreatedV1.type:
    case programmeUpdatedV1.type:
      await directoryProjection.programmeChanged(manager, event, data as ProgrammeCreatedV1);
      return true;
    case membershipGrantedV1.type:
      await directoryProjection.membershipGranted(manager, event, data as MembershipGrantedV1);
      return true;
    case membershipRevokedV1.type:
      await directoryProjection.membershipRevoked(manager, event, data as MembershipRevokedV1);
      return true;
    default:
      return false;
  }
}
