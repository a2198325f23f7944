import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  isCriticalCategory,
  NOTIFICATION_CATEGORY_NAMES,
  type NotificationCategory,
  type NotificationLanguage,
} from '@samvirke/contracts';

/**
 * Signed unsubscribe links. The token carries no address, only its SHA-256 (the e-mail it sits in
 * was sent to that address anyway, but the link travels through logs and link scanners), the
 * categories it turns off and its expiry, signed with HMAC-SHA-256 under UNSUBSCRIBE_SECRET.
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

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

/** The pseudonymous key of an address: SHA-256 of it in lower case, as hex (PostgreSQL computes the same). */
export function emailDigest(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex');
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe.v1.${payload}`).digest();
}

/** A token for these categories of this address, valid for `ttlDays` from `now`. */
export function signUnsubscribeToken(
  secret: string,
  email: string,
  categories: readonly NotificationCategory[],
  ttlDays: number,
  now: Date = new Date(),
): string {
  const expiresAt = Math.floor(now.getTime() / 1000) + ttlDays * 86_400;
  const payload = base64url(
    JSON.stringify({ e: emailDigest(email), c: [...new Set(categories)].sort(), x: expiresAt }),
  );
  return `v1.${payload}.${base64url(mac(secret, payload))}`;
}

function parsePayload(payload: string): UnsubscribeClaim | undefined {
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { e, c, x } = value as Record<string, unknown>;
    const known = new Set<string>(NOTIFICATION_CATEGORY_NAMES);
    if (typeof e !== 'string' || !/^[0-9a-f]{64}$/.test(e) || !Number.isInteger(x)) return undefined;
    if (!Array.isArray(c) || c.length === 0 || !c.every((entry) => known.has(String(entry)))) return undefined;
    return { emailDigest: e, categories: c as NotificationCategory[], expiresAt: x as number };
  } catch {
    return undefined;
  }
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
