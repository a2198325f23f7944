import type { EntityManager } from 'typeorm';
import { contactChangedV1, type CloudEvent, type ContactChangedV1 } from '@samvirke/contracts';
import { applyPartnersEvent } from '@samvirke/directory';
import { contactRow } from './directory.rules.js';
import { upsertContact } from './directory.store.js';

/**
 * Notifications' own copy of partners' organisations, programmes and memberships (the shared
 * directory of libs/directory) and of contacts (e-mail and language), kept from partners' events
 * inside the consumer's transaction.
 */
export async function applyToDirectory(
  event: CloudEvent,
  data: unknown,
  manager: EntityManager,
): Promise<void> {
  if (event.type === contactChangedV1.type) {
    await upsertContact(manager, contactRow(event, data as ContactChangedV1));
    return;
  }
  await applyPartnersEvent(event, data, manager);
}
