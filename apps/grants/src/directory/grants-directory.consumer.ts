import { organisationRegisteredV1, organisationUpdatedV1 } from '@samvirke/contracts';
import { directoryHandlers } from '@samvirke/directory';
import { eventConsumer, inOrder, on } from '@samvirke/messaging';
import { organisationCvr } from './grants-directory.rules.js';
import { grantsDirectoryStore } from './grants-directory.store.js';

const { organisationRegistered, organisationUpdated, ...rest } = directoryHandlers;

/**
 * Partners' directory as every service keeps it (libs/directory), and in grants also each
 * organisation's CVR number, which the funders' ERP needs (tranche.eligible, payment.recorded). The
 * consumer keeps the common consumer's name, so its consumer group and inbox carry on.
 */
export const GrantsDirectoryConsumer = eventConsumer('PartnersDirectoryConsumer', [
  inOrder(
    organisationRegistered,
    on(organisationRegisteredV1, (data, { manager }) =>
      grantsDirectoryStore.keepCvr(manager, organisationCvr(data)),
    ),
  ),
  inOrder(
    organisationUpdated,
    on(organisationUpdatedV1, (data, { manager }) =>
      grantsDirectoryStore.keepCvr(manager, organisationCvr(data)),
    ),
  ),
  ...Object.values(rest),
]);
