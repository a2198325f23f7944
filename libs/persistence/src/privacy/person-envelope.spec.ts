import { randomUUID } from 'node:crypto';
import { newPersonKey, openPersonal, sealPersonal } from './person-envelope.js';

describe('personal envelopes (crypto-shredding)', () => {
  const keyId = randomUUID();
  const key = newPersonKey();
  const person = { name: 'Dorte Dataløs', email: 'dorte@kk.example' };

  it('opens with the person’s key and shows nothing of them without it', () => {
    const envelope = sealPersonal(keyId, key, person);
    expect(envelope.alg).toBe('A256GCM');
    expect(JSON.stringify(envelope)).not.toMatch(/Dorte|dorte@/);
    expect(openPersonal(envelope, key)).toEqual(person);
    expect(sealPersonal(keyId, key, person).nonce).not.toBe(envelope.nonce);
  });

  it('refuses another key, another key id and a changed ciphertext', () => {
    const envelope = sealPersonal(keyId, key, person);
    expect(() => openPersonal(envelope, newPersonKey())).toThrow();
    expect(() => openPersonal({ ...envelope, keyId: randomUUID() }, key)).toThrow();
    const bytes = Buffer.from(envelope.ciphertext, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(() => openPersonal({ ...envelope, ciphertext: bytes.toString('base64') }, key)).toThrow();
  });
});
