import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The development key (hex of "samvirke-dev-only-webhook-key-32"): anyone who reads this file can
 * decrypt secrets sealed with it. The service refuses it when NODE_ENV=production (config.ts).
 */
export const DEVELOPMENT_WEBHOOK_SECRET_KEY =
  '73616d7669726b652d6465762d6f6e6c792d776562686f6f6b2d6b65792d3332';

const VERSION = 'v1';

/** WEBHOOK_SECRET_KEY: 32 bytes as 64 hex digits or as base64. Undefined when it is neither. */
export function parseSecretKey(value: string): Buffer | undefined {
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  return key.length === 32 ? key : undefined;
}

/** Whether a stored value is sealed by sealSecret (the migration skips those). */
export function isSealed(stored: string): boolean {
  return stored.startsWith(`${VERSION}.`);
}

/**
 * Encrypts a webhook signing secret for storage: AES-256-GCM with a fresh 96-bit nonce, the
 * subscription id as additional data (a sealed secret copied to another row does not open), as
 * "v1.<nonce>.<tag>.<ciphertext>" in base64url.
 */
export function sealSecret(secret: string, key: Buffer, subscriptionId: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(subscriptionId));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, nonce, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The secret sealSecret sealed; throws for a wrong key, another row's value or any tampering. */
export function openSecret(sealed: string, key: Buffer, subscriptionId: string): string {
  const [version, nonce, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !nonce || !tag || ciphertext === undefined) {
    throw new Error('not a sealed webhook secret');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
  decipher.setAAD(Buffer.from(subscriptionId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}
