import { contactChangedV1 } from '@samvirke/contracts';
import { on } from '@samvirke/messaging';
import { contactRow } from './directory.rules.js';
import { upsertContact } from './directory.store.js';

/**
 * Notifications keeps contacts (e-mail and language) beside the shared directory of libs/directory
 * (organisations, programmes, memberships), from partners' events, in the consumer's transaction.
 */
export const contactHandler = on(contactChangedV1, (data, { manager, event }) =>
  upsertContact(manager, contactRow(event, data)),
);
