import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  isCriticalCategory,
  NOTIFICATION_CATEGORY_NAMES,
  type NotificationCategory,
  type NotificationLanguage,
} from '@samvirke/contracts';

/**
 * Signed unsubscribe links. The token carries no address, only the first 128 bits of its SHA-256
 * (the e-mail it sits in was sent to that address anyway, but the link travels through logs and
 * link scanners), the categories it turns off and its expiry, signed with HMAC-SHA-256 (truncated to
 * 128 bits) under UNSUBSCRIBE_SECRET. It is short because a path parameter may have 100 characters:
 * `v1.` + 30 characters of payload (16 bytes digest, 4 bytes expiry, 2 bytes category bits) + `.` +
 * 22 of signature. Category bits follow NOTIFICATION_CATEGORY_NAMES, to which categories are only
 * ever appended.
 */
export interface UnsubscribeClaim {
  readonly emailDigest: string;
  readonly categories: readonly NotificationCategory[];
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

export type TokenCheck =
  | { readonly ok: true; readonly claim: UnsubscribeClaim }
  | { readonly ok: false; readonly reason: 'invalid' | 'expired' | 'critical' };

const DIGEST_BYTES = 16;
const MAC_BYTES = 16;

/** The pseudonymous key of an address: the first 128 bits of SHA-256 of it in lower case, as hex (PostgreSQL computes the same). */
export function emailDigest(email: string): string {
  return createHash('sha256')
    .update(email.trim().toLowerCase(), 'utf8')
    .digest('hex')
    .slice(0, DIGEST_BYTES * 2);
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe.v1.${payload}`).digest().subarray(0, MAC_BYTES);
}

function categoryBits(categories: readonly NotificationCategory[]): number {
  return categories.reduce(
    (bits, category) => bits | (1 << NOTIFICATION_CATEGORY_NAMES.indexOf(category)),
    0,
  );
}

/** A token for these categories of this address, valid for `ttlDays` from `now`. */
export function signUnsubscribeToken(
  secret: string,
  email: string,
  categories: readonly NotificationCategory[],
  ttlDays: number,
  now: Date = new Date(),
): string {
  const bytes = Buffer.alloc(DIGEST_BYTES + 6);
  Buffer.from(emailDigest(email), 'hex').copy(bytes, 0);
  bytes.writeUInt32BE(Math.floor(now.getTime() / 1000) + ttlDays * 86_400, DIGEST_BYTES);
  bytes.writeUInt16BE(categoryBits(categories), DIGEST_BYTES + 4);
  const payload = bytes.toString('base64url');
  return `v1.${payload}.${mac(secret, payload).toString('base64url')}`;
}

function parsePayload(payload: string): UnsubscribeClaim | undefined {
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length !== DIGEST_BYTES + 6) return undefined;
  const bits = bytes.readUInt16BE(DIGEST_BYTES + 4);
  const categories = NOTIFICATION_CATEGORY_NAMES.filter((_, index) => (bits & (1 << index)) !== 0);
  if (categories.length === 0 || bits >> NOTIFICATION_CATEGORY_NAMES.length !== 0) return undefined;
  return {
    emailDigest: bytes.subarray(0, DIGEST_BYTES).toString('hex'),
    categories,
    expiresAt: bytes.readUInt32BE(DIGEST_BYTES),
  };
}

/** Checks the signature first, then the expiry, then that no category is critical. */
export function verifyUnsubscribeToken(secret: string, token: string, now: Date = new Date()): TokenCheck {
  const [version, payload, signature, ...rest] = token.split('.');
  if (version !== 'v1' || !payload || !signature || rest.length) return { ok: false, reason: 'invalid' };
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'invalid' };
  const claim = parsePayload(payload);
  if (!claim) return { ok: false, reason: 'invalid' };
  if (claim.expiresAt * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  if (claim.categories.some((category) => isCriticalCategory(category)))
    return { ok: false, reason: 'critical' };
  return { ok: true, claim };
}

/** The portal page a reader opens, and the address a mail program posts to (RFC 8058). */
export function unsubscribeUrls(
  urls: { readonly portal: string; readonly api: string },
  token: string,
): { readonly page: string; readonly oneClick: string } {
  return {
    page: `${urls.portal.replace(/\/$/, '')}/afmeld/${token}`,
    oneClick: `${urls.api.replace(/\/$/, '')}/api/notifications/unsubscribe/${token}`,
  };
}

const FOOTER: Record<NotificationLanguage, string> = {
  da: 'Du kan framelde dig disse e-mails her',
  en: 'Unsubscribe from these e-mails',
};

/** The e-mail's text with the unsubscribe line at the end. */
export function withUnsubscribeFooter(body: string, language: NotificationLanguage, pageUrl: string): string {
  return `${body.trimEnd()}\n\n--\n${FOOTER[language]}: ${pageUrl}\n`;
}
