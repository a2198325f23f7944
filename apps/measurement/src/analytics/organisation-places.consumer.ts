import { organisationRegisteredV1, organisationUpdatedV1 } from '@samvirke/contracts';
import { directoryHandlers as directory } from '@samvirke/directory';
import { eventConsumer, inOrder, on } from '@samvirke/messaging';
import { placeOrganisation } from './organisation-places.store.js';

/**
 * Measurement's copy of partners' directory (libs/directory), and where each organisation is
 * (kommunekode and region, for analytics by region). One handler per event type does both, in the
 * inbox transaction; the name is the directory consumer's, so its inbox carries on.
 */
export const MeasurementPartnersConsumer = eventConsumer('PartnersDirectoryConsumer', [
  inOrder(
    directory.organisationRegistered,
    on(organisationRegisteredV1, (data, { manager }) =>
      placeOrganisation(manager, data.organisationId, data.kommunekode),
    ),
  ),
  inOrder(
    directory.organisationUpdated,
    on(organisationUpdatedV1, (data, { manager }) =>
      placeOrganisation(manager, data.organisationId, data.kommunekode),
    ),
  ),
  directory.programmeCreated,
  directory.programmeUpdated,
  directory.membershipGranted,
  directory.membershipRevoked,
]);
