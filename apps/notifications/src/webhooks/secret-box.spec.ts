import { randomBytes, randomUUID } from 'node:crypto';
import { notificationsConfig } from '../config.js';
import {
  DEVELOPMENT_WEBHOOK_SECRET_KEY,
  isSealed,
  openSecret,
  parseSecretKey,
  sealSecret,
} from './secret-box.js';
import { newWebhookSecret } from './signing.js';

describe('webhook secrets at rest', () => {
  const key = randomBytes(32);
  const id = randomUUID();

  it('seal to AES-256-GCM text that opens only with the key, for the same subscription, untampered', () => {
    const secret = newWebhookSecret();
    const sealed = sealSecret(secret, key, id);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(secret.slice('whsec_'.length, 20));
    expect(sealSecret(secret, key, id)).not.toBe(sealed);
    expect(openSecret(sealed, key, id)).toBe(secret);
    expect(() => openSecret(sealed, randomBytes(32), id)).toThrow();
    expect(() => openSecret(sealed, key, randomUUID())).toThrow();
    const [version, nonce, tag, ciphertext] = sealed.split('.');
    const flipped = `${ciphertext?.[0] === 'A' ? 'B' : 'A'}${ciphertext?.slice(1) ?? ''}`;
    expect(() => openSecret([version, nonce, tag, flipped].join('.'), key, id)).toThrow();
    expect(() => openSecret(secret, key, id)).toThrow(/not a sealed/);
  });

  it('take a 32-byte key as hex or base64, and refuse the development key in production', () => {
    expect(parseSecretKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretKey(key.toString('base64'))).toEqual(key);
    expect(parseSecretKey('too-short')).toBeUndefined();
    expect(notificationsConfig({}).WEBHOOK_SECRET_KEY).toEqual(
      parseSecretKey(DEVELOPMENT_WEBHOOK_SECRET_KEY),
    );
    expect(() => notificationsConfig({ WEBHOOK_SECRET_KEY: 'nope' })).toThrow(/WEBHOOK_SECRET_KEY/);
    const before = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      const unsubscribe = { UNSUBSCRIBE_SECRET: 'u'.repeat(40) };
      expect(() => notificationsConfig(unsubscribe)).toThrow(/development key/);
      expect(
        notificationsConfig({ ...unsubscribe, WEBHOOK_SECRET_KEY: key.toString('hex') }).WEBHOOK_SECRET_KEY,
      ).toEqual(key);
    } finally {
      if (before === undefined) delete process.env['NODE_ENV'];
      else process.env['NODE_ENV'] = before;
    }
  });
});
