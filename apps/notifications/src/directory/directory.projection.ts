import { contactChangedV1, contactRemovedV1 } from '@samvirke/contracts';
import { on } from '@samvirke/messaging';
import { contactRow } from './directory.rules.js';
import { eraseContact, upsertContact } from './directory.store.js';

/**
 * Notifications keeps contacts (e-mail and language) beside the shared directory of libs/directory
 * (organisations, programmes, memberships), from partners' events, in the consumer's transaction.
 */
export const contactHandler = on(contactChangedV1, (data, { manager, event }) =>
  upsertContact(manager, contactRow(event, data)),
);

/** A removed contact: notifications' copy of their name and e-mail is deleted. */
export const contactRemovedHandler = on(contactRemovedV1, (data, { manager }) =>
  eraseContact(manager, data.contactId),
);
