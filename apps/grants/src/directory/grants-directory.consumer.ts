import { Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { organisationRegisteredV1, organisationUpdatedV1 } from '@samvirke/contracts';
import { directoryHandlers } from '@samvirke/directory';
import { eventConsumer, inOrder, on } from '@samvirke/messaging';

/** Grants' copy of an organisation's CVR, beside the common directory row the first handler wrote. */
async function keepCvr(manager: EntityManager, organisationId: string, cvr: string | null): Promise<void> {
  await manager.query(`UPDATE known_organisation SET cvr = $2 WHERE id = $1`, [organisationId, cvr]);
}

const { organisationRegistered, organisationUpdated, ...rest } = directoryHandlers;

/**
 * Partners' directory as every service keeps it (libs/directory), and in grants also each
 * organisation's CVR number, which the funders' ERP needs (tranche.eligible, payment.recorded). The
 * consumer keeps the common consumer's name, so its consumer group and inbox carry on.
 */
export const GrantsDirectoryConsumer = eventConsumer('PartnersDirectoryConsumer', [
  inOrder(
    organisationRegistered,
    on(organisationRegisteredV1, (data, { manager }) => keepCvr(manager, data.organisationId, data.cvr)),
  ),
  inOrder(
    organisationUpdated,
    on(organisationUpdatedV1, (data, { manager }) => keepCvr(manager, data.organisationId, data.cvr)),
  ),
  ...Object.values(rest),
]);

@Module({ controllers: [GrantsDirectoryConsumer] })
export class GrantsDirectoryModule {}
