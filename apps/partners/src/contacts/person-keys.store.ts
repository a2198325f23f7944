import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { PERSON_KEYS_TOPIC, personKeyIssuedV1 } from '@samvirke/contracts';
import { forgetPublishedEvents, type EventOutbox } from '@samvirke/messaging';
import { newPersonKey } from '@samvirke/persistence';

export interface PersonKey {
  readonly keyId: string;
  readonly key: Buffer;
}

/**
 * Each named contact's data key (crypto-shredding), in the caller's transaction: issued with the
 * contact and put on the person-keys topic for the consumers that may open the contact's envelopes;
 * erased with the contact, leaving a tombstone on that topic and no copy in partners.
 */
export class PersonKeysStore {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: EventOutbox,
  ) {}

  async issue(contactId: string): Promise<PersonKey> {
    const issued = { keyId: randomUUID(), key: newPersonKey() };
    await this.manager.query(`INSERT INTO person_key (key_id, contact_id, key) VALUES ($1, $2, $3)`, [
      issued.keyId,
      contactId,
      issued.key,
    ]);
    await this.outbox.record(
      this.manager,
      personKeyIssuedV1,
      { keyId: issued.keyId, key: issued.key.toString('base64') },
      { subject: issued.keyId },
    );
    return issued;
  }

  /** Deletes the contact's key, its record in the outbox and tells every holder by a tombstone. */
  async erase(contactId: string): Promise<string | undefined> {
    const [rows] = await this.manager.query<[{ key_id: string }[], number]>(
      `DELETE FROM person_key WHERE contact_id = $1 RETURNING key_id`,
      [contactId],
    );
    const keyId = rows[0]?.key_id;
    if (keyId === undefined) return undefined;
    await forgetPublishedEvents(this.manager, personKeyIssuedV1.type, 'keyId', keyId);
    await this.outbox.recordTombstone(this.manager, PERSON_KEYS_TOPIC, keyId);
    return keyId;
  }
}
