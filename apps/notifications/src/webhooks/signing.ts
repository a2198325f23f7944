import { createHmac, randomBytes } from 'node:crypto';

/** A Standard Webhooks secret: whsec_ and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * The Standard Webhooks signature of one message: HMAC-SHA256 with the secret's key over
 * "<webhook-id>.<webhook-timestamp>.<body>", as "v1,<base64>". With several secrets (during a
 * rotation) the header carries every signature, separated by spaces.
 */
export function signatureHeader(
  secrets: readonly string[],
  id: string,
  timestampSeconds: number,
  body: string,
): string {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
      const mac = createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
      return `v1,${mac}`;
    })
    .join(' ');
}
