import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from 'node:crypto';

/**
 * A document sealed to an X25519 public key, all base64: a fresh X25519 key pair per seal agrees a
 * secret with the recipient's key (ECDH), HKDF-SHA-256 makes it an AES-256-GCM key. Only the
 * recipient's private key opens it; once that key is erased, no copy anywhere can be opened.
 */
export interface SealedBox {
  /** The sender's one-time public key (SPKI, DER). */
  readonly key: string;
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
}

const INFO = 'samvirke data subject request';

/** A fresh key pair (PEM) for one data subject request; erasing the private key shreds every copy. */
export function requestKeyPair(): { publicKey: string; privateKey: string } {
  return generateKeyPairSync('x25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

function aesKey(secret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), INFO, 32));
}

export function seal(publicKey: string, document: unknown): SealedBox {
  const sender = generateKeyPairSync('x25519');
  const secret = diffieHellman({ privateKey: sender.privateKey, publicKey: createPublicKey(publicKey) });
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', aesKey(secret), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(document), 'utf8'), cipher.final()]);
  return {
    key: sender.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

export function unseal(privateKey: string, box: SealedBox): unknown {
  const sender = createPublicKey({ key: Buffer.from(box.key, 'base64'), format: 'der', type: 'spki' });
  const secret = diffieHellman({ privateKey: createPrivateKey(privateKey), publicKey: sender });
  const decipher = createDecipheriv('aes-256-gcm', aesKey(secret), Buffer.from(box.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(box.data, 'base64')), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as unknown;
}
