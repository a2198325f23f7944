import {
  membershipGrantedV1,
  membershipRevokedV1,
  organisationRegisteredV1,
  organisationUpdatedV1,
  programmeCreatedV1,
  programmeUpdatedV1,
} from '@samvirke/contracts';
import { on, type EventHandler } from '@samvirke/messaging';
import {
  grantedMembership,
  programmeRow,
  registeredOrganisation,
  revokedMembership,
  updatedOrganisation,
} from './directory.rules.js';
import { endMembership, insertMembership, upsertOrganisation, upsertProgramme } from './directory.store.js';

/**
 * How each partners event changes the directory, in the transaction that records it in the inbox.
 * A service keeps its directory with PartnersDirectoryModule, or puts these handlers in a consumer
 * of its own that does more with the same events (notifications).
 */
export const directoryHandlers = {
  organisationRegistered: on(organisationRegisteredV1, (data, { manager, event }) =>
    upsertOrganisation(manager, registeredOrganisation(event, data)),
  ),
  organisationUpdated: on(organisationUpdatedV1, (data, { manager, event }) =>
    upsertOrganisation(manager, updatedOrganisation(event, data)),
  ),
  programmeCreated: on(programmeCreatedV1, (data, { manager, event }) =>
    upsertProgramme(manager, programmeRow(event, data)),
  ),
  programmeUpdated: on(programmeUpdatedV1, (data, { manager, event }) =>
    upsertProgramme(manager, programmeRow(event, data)),
  ),
  membershipGranted: on(membershipGrantedV1, (data, { manager }) =>
    insertMembership(manager, grantedMembership(data)),
  ),
  membershipRevoked: on(membershipRevokedV1, (data, { manager }) =>
    endMembership(manager, revokedMembership(data)),
  ),
} satisfies Record<string, EventHandler<unknown>>;

/** Every event the directory is kept from, with its handler. */
export const DIRECTORY_HANDLERS: readonly EventHandler<unknown>[] = Object.values(directoryHandlers);
