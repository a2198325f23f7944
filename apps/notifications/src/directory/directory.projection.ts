import { contactChangedV1, contactChangedV2, contactRemovedV1 } from '@samvirke/contracts';
import { on } from '@samvirke/messaging';
import { contactRow } from './directory.rules.js';
import { eraseContact, upsertContact } from './directory.store.js';
import { eraseSealedContact, findPersonKey, openContact, waitForPersonKey } from './person-keys.store.js';

/**
 * Notifications keeps contacts (e-mail and language) beside the shared directory of libs/directory
 * (organisations, programmes, memberships), from partners' events, in the consumer's transaction.
 */
export const contactHandler = on(contactChangedV1, (data, { manager, event }) =>
  upsertContact(manager, contactRow(event, data)),
);

/**
 * The name and e-mail come sealed to the contact's data key, which arrives on its own topic (a
 * separate consumer, person-keys.consumer): opened at once when the key is here, else kept sealed
 * until it comes.
 */
export const sealedContactHandler = on(contactChangedV2, async (data, { manager, event }) => {
  const key = await findPersonKey(manager, data.personal.keyId);
  if (key) await upsertContact(manager, openContact(data, key, event.id));
  else await waitForPersonKey(manager, data, event.id);
});

/** A removed contact: notifications' copy of their name and e-mail is deleted. */
export const contactRemovedHandler = on(contactRemovedV1, async (data, { manager }) => {
  await eraseContact(manager, data.contactId);
  await eraseSealedContact(manager, data.contactId);
});
