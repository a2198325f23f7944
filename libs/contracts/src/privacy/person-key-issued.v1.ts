import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { PERSON_KEYS_TOPIC, SOURCES } from '../topics.js';

/**
 * Internal, on the compacted person-keys topic only: a person's data key, keyed by its id. When the
 * person is erased, partners writes a tombstone (the same Kafka key, no value) in its place; every
 * consumer deletes its copy of the key then, and the log cleaner removes the key's record from the
 * topic. Read only by the services allowed to open the person's envelopes (notifications).
 */
export const personKeyIssuedV1 = defineEvent({
  type: 'dk.samvirke.partners.person-key.issued.v1',
  topic: PERSON_KEYS_TOPIC,
  source: SOURCES.partners,
  aggregate: 'person-key',
  description:
    "A person's data key for the personal fields of partners' events (AES-256-GCM), on the compacted person-keys topic; a tombstone follows when the person is erased.",
  public: false,
  schema: z.object({
    keyId: z.uuid(),
    /** base64, 32 bytes. */
    key: z.base64(),
  }),
});

export type PersonKeyIssuedV1 = z.infer<typeof personKeyIssuedV1.schema>;
