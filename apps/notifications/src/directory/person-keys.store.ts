import type { EntityManager } from 'typeorm';
import { contactPersonalSchema, type ContactChangedV2 } from '@samvirke/contracts';
import { openPersonal, redactAuditOfRow } from '@samvirke/persistence';
import type { ContactRow } from './directory.rules.js';
import { upsertContact } from './directory.store.js';

/**
 * Notifications' copy of contacts' data keys (from partners' person-keys topic) and the
 * contact.changed.v2 events that came before their key. A tombstone deletes the key, and with it
 * the last means to open that person's envelopes here.
 */
export async function findPersonKey(manager: EntityManager, keyId: string): Promise<Buffer | undefined> {
  await lockPersonKey(manager, keyId);
  const [row] = await manager.query<{ key: Buffer }[]>(`SELECT key FROM person_key WHERE key_id = $1`, [
    keyId,
  ]);
  return row?.key;
}

/**
 * The key and the event it opens come by two consumers at once: each takes this lock first (until
 * its transaction ends), so that one sees what the other committed — else the event could be put
 * aside to wait for a key whose arrival did not see it waiting.
 */
async function lockPersonKey(manager: EntityManager, keyId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`person_key:${keyId}`]);
}

/** A key arrived: kept, and the contacts that waited for it are opened into the contact table. */
export async function keepPersonKey(manager: EntityManager, keyId: string, key: Buffer): Promise<void> {
  await lockPersonKey(manager, keyId);
  await manager.query(
    `INSERT INTO person_key (key_id, key) VALUES ($1, $2) ON CONFLICT (key_id) DO UPDATE SET key = EXCLUDED.key`,
    [keyId, key],
  );
  // A DELETE … RETURNING answers [rows, count] through TypeORM's PostgreSQL driver.
  const [waiting] = await manager.query<
    [{ contact_id: string; sealed: ContactChangedV2; last_event_id: string }[], number]
  >(`DELETE FROM sealed_contact WHERE key_id = $1 RETURNING contact_id, sealed, last_event_id`, [keyId]);
  for (const row of waiting) {
    await upsertContact(manager, openContact(row.sealed, key, row.last_event_id));
    await redactAuditOfRow(manager, 'sealed_contact', row.contact_id);
  }
}

/** A tombstone: the key goes, and so does any contact still waiting for it (it can never be opened). */
export async function forgetPersonKey(manager: EntityManager, keyId: string): Promise<void> {
  await lockPersonKey(manager, keyId);
  await manager.query(`DELETE FROM person_key WHERE key_id = $1`, [keyId]);
  const [gone] = await manager.query<[{ contact_id: string }[], number]>(
    `DELETE FROM sealed_contact WHERE key_id = $1 RETURNING contact_id`,
    [keyId],
  );
  for (const row of gone) await redactAuditOfRow(manager, 'sealed_contact', row.contact_id);
}

/** contact.changed.v2 whose key has not arrived yet: kept sealed until it does. */
export async function waitForPersonKey(
  manager: EntityManager,
  contact: ContactChangedV2,
  lastEventId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO sealed_contact (contact_id, key_id, sealed, last_event_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (contact_id) DO UPDATE SET key_id = EXCLUDED.key_id, sealed = EXCLUDED.sealed,
       last_event_id = EXCLUDED.last_event_id`,
    [contact.contactId, contact.personal.keyId, JSON.stringify(contact), lastEventId],
  );
}

/** The contact's row, its name and e-mail opened with their key (throws on a wrong key). */
export function openContact(contact: ContactChangedV2, key: Buffer, lastEventId: string): ContactRow {
  const { name, email } = contactPersonalSchema.parse(openPersonal(contact.personal, key));
  return {
    id: contact.contactId,
    organisationId: contact.organisationId,
    name,
    email,
    role: contact.role,
    language: contact.language,
    removed: false,
    lastEventId,
  };
}

/** A removed contact's sealed copy goes with the rest of them. */
export async function eraseSealedContact(manager: EntityManager, contactId: string): Promise<void> {
  await manager.query(`DELETE FROM sealed_contact WHERE contact_id = $1`, [contactId]);
  await redactAuditOfRow(manager, 'sealed_contact', contactId);
}
