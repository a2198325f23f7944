import {
  emailDigest,
  signUnsubscribeToken,
  unsubscribeUrls,
  verifyUnsubscribeToken,
  withUnsubscribeFooter,
} from './unsubscribe.rules.js';

const SECRET = 'a-test-secret-that-is-long-enough-to-sign';
const NOW = new Date('2030-01-01T00:00:00Z');

describe('signed unsubscribe links', () => {
  it('verifies its own token, and names the address only by its SHA-256', () => {
    const token = signUnsubscribeToken(SECRET, 'Kontakt@Aarhus.example', ['grant-update'], 30, NOW);
    expect(token).not.toContain('aarhus');
    // A path parameter may have 100 characters (Fastify's maxParamLength), even with every category.
    expect(token.length).toBeLessThanOrEqual(100);
    expect(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).not.toContain('aarhus');
    expect(verifyUnsubscribeToken(SECRET, token, NOW)).toEqual({
      ok: true,
      claim: {
        emailDigest: emailDigest('kontakt@aarhus.example'),
        categories: ['grant-update'],
        expiresAt: NOW.getTime() / 1000 + 30 * 86_400,
      },
    });
  });

  it("carries several categories (a digest's), and stays short", () => {
    const token = signUnsubscribeToken(
      SECRET,
      'a@x.example',
      ['grant-update', 'announcement', 'governance'],
      365,
      NOW,
    );
    expect(token.length).toBeLessThanOrEqual(100);
    const check = verifyUnsubscribeToken(SECRET, token, NOW);
    expect(check.ok && [...check.claim.categories].sort()).toEqual([
      'announcement',
      'governance',
      'grant-update',
    ]);
  });

  it('refuses a changed payload, a changed signature, another secret and garbage as invalid', () => {
    const token = signUnsubscribeToken(SECRET, 'a@x.example', ['grant-update'], 30, NOW);
    const [version, payload, signature] = token.split('.') as [string, string, string];
    const other = signUnsubscribeToken(SECRET, 'b@x.example', ['grant-update'], 30, NOW).split('.')[1];
    const invalid = { ok: false, reason: 'invalid' };
    expect(verifyUnsubscribeToken(SECRET, `${version}.${other}.${signature}`, NOW)).toEqual(invalid);
    expect(verifyUnsubscribeToken(SECRET, `${version}.${payload}.${signature.slice(1)}A`, NOW)).toEqual(
      invalid,
    );
    expect(verifyUnsubscribeToken('another-secret-of-some-length-here', token, NOW)).toEqual(invalid);
    expect(verifyUnsubscribeToken(SECRET, 'v1.abc', NOW)).toEqual(invalid);
    expect(verifyUnsubscribeToken(SECRET, `v2.${payload}.${signature}`, NOW)).toEqual(invalid);
  });

  it('refuses an expired token, and a signed token for a critical category', () => {
    const token = signUnsubscribeToken(SECRET, 'a@x.example', ['grant-update'], 1, NOW);
    expect(verifyUnsubscribeToken(SECRET, token, new Date('2030-01-02T00:00:00Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
    const critical = signUnsubscribeToken(SECRET, 'a@x.example', ['payment-held'], 1, NOW);
    expect(verifyUnsubscribeToken(SECRET, critical, NOW)).toEqual({ ok: false, reason: 'critical' });
  });

  it('points the reader at the portal and the mail program at the gateway', () => {
    expect(
      unsubscribeUrls({ portal: 'https://portal.example/', api: 'https://api.example' }, 'v1.a.b'),
    ).toEqual({
      page: 'https://portal.example/afmeld/v1.a.b',
      oneClick: 'https://api.example/api/notifications/unsubscribe/v1.a.b',
    });
    expect(withUnsubscribeFooter('Hej\n', 'da', 'https://p/afmeld/t')).toBe(
      'Hej\n\n--\nDu kan framelde dig disse e-mails her: https://p/afmeld/t\n',
    );
  });
});
