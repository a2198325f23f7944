import { z } from 'zod';

/**
 * Personal data that must travel in an internal event, encrypted to one person's data key
 * (crypto-shredding): AES-256-GCM, a fresh 96-bit nonce per envelope, the 128-bit tag appended to
 * the ciphertext. The key lives with its owner (partners) and reaches the consumers allowed to read
 * it on the person-keys topic; erasing the person erases the key, and every copy of the envelope —
 * in any topic, outbox or dead letter — can no longer be opened.
 */
export const personalEnvelopeSchema = z.object({
  alg: z.literal('A256GCM'),
  /** The person's data key (the Kafka key of its record on the person-keys topic). */
  keyId: z.uuid(),
  /** base64, 12 bytes. */
  nonce: z.base64(),
  /** base64: the encrypted JSON followed by the 16-byte authentication tag. */
  ciphertext: z.base64(),
});

export type PersonalEnvelope = z.infer<typeof personalEnvelopeSchema>;
