import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PersonalEnvelope } from '@samvirke/contracts';

const ALGORITHM = 'aes-256-gcm';
const TAG_BYTES = 16;

/** A fresh person's data key: 32 random bytes. */
export function newPersonKey(): Buffer {
  return randomBytes(32);
}

/** Encrypts `value` (as JSON) to one person's data key; the key id travels beside it, never the key. */
export function sealPersonal(keyId: string, key: Buffer, value: unknown): PersonalEnvelope {
  const nonce = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, nonce);
  // The key id is bound to the ciphertext, so an envelope cannot be passed off under another key id.
  cipher.setAAD(Buffer.from(keyId, 'utf8'));
  const ciphertext = Buffer.concat([
    cipher.update(JSON.stringify(value), 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return {
    alg: 'A256GCM',
    keyId,
    nonce: nonce.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** Opens an envelope with its key; throws when the key is not the envelope's or the text was changed. */
export function openPersonal(envelope: PersonalEnvelope, key: Buffer): unknown {
  const bytes = Buffer.from(envelope.ciphertext, 'base64');
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(envelope.nonce, 'base64'));
  decipher.setAAD(Buffer.from(envelope.keyId, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  const plain = Buffer.concat([
    decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)),
    decipher.final(),
  ]);
  return JSON.parse(plain.toString('utf8')) as unknown;
}
