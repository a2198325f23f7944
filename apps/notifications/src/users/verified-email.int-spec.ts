import { randomUUID } from 'node:crypto';
import { reportingOverdueV1 } from '@samvirke/contracts';
import {
  createTemporaryUser,
  decodeJwtPayload,
  DEMO_ORGANISATIONS,
  waitFor,
  type TemporaryIdentity,
} from '@samvirke/testing';
import { notificationsSuite, reportingData } from '../../test/notifications.fixture.js';

/**
 * Only an e-mail address Keycloak has verified is remembered and mailed: two real Keycloak users
 * of the same municipality, one verified and one not, call notifications with their own tokens.
 */
const ctx = notificationsSuite('verified-email');
const KBH = DEMO_ORGANISATIONS.kobenhavn.id;
const tag = randomUUID().slice(0, 8);
const VERIFIED = `verified.${tag}@kk.example`;
const UNVERIFIED = `unverified.${tag}@kk.example`;
let verified: TemporaryIdentity;
let unverified: TemporaryIdentity;

beforeAll(async () => {
  verified = await createTemporaryUser({
    username: `verified-${tag}`,
    email: VERIFIED,
    emailVerified: true,
    roles: ['reporter'],
    organisations: [KBH],
  });
  unverified = await createTemporaryUser({
    username: `unverified-${tag}`,
    email: UNVERIFIED,
    emailVerified: false,
    roles: ['reporter'],
    organisations: [KBH],
  });
}, 60_000);

afterAll(async () => {
  await verified?.remove();
  await unverified?.remove();
});

async function callAs(user: TemporaryIdentity): Promise<number> {
  const response = await fetch(`${ctx.url}/preferences`, {
    headers: { authorization: `Bearer ${await user.token()}` },
  });
  return response.status;
}

describe('the e-mail claim', () => {
  it('is carried by both tokens, verified in one only', async () => {
    expect(decodeJwtPayload(await verified.token())).toMatchObject({ email: VERIFIED, email_verified: true });
    expect(decodeJwtPayload(await unverified.token())).toMatchObject({
      email: UNVERIFIED,
      email_verified: false,
    });
  });

  it('is remembered only when verified', async () => {
    expect(await callAs(verified)).toBe(200);
    expect(await callAs(unverified)).toBe(200);
    const rows = await ctx.db.query<{ username: string; email: string | null }[]>(
      `SELECT username, email FROM user_profile WHERE username = ANY($1) ORDER BY username`,
      [[verified.name, unverified.name]],
    );
    expect(rows).toEqual([
      { username: unverified.name, email: null },
      { username: verified.name, email: VERIFIED },
    ]);
  });

  it('is mailed only when verified', async () => {
    const programmeId = await ctx.seedProgramme(`Verificeret ${tag}`, [[KBH, ['data-provider']]]);
    await ctx.handled(
      await ctx.publish([
        {
          definition: reportingOverdueV1,
          data: reportingData(programmeId, KBH, '2026-Q2'),
          options: { subject: programmeId, programmeId },
        },
      ]),
    );
    await waitFor('the verified user’s mail', () => ctx.mailsTo(VERIFIED, /2026-Q2/).length === 1);
    // Both mails are queued by the same event in one transaction: the one is there, the other never was.
    const [queued] = await ctx.db.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM delivery WHERE lower(recipient) = $1`,
      [UNVERIFIED],
    );
    expect(queued?.count).toBe('0');
    expect(ctx.mailsTo(UNVERIFIED)).toEqual([]);
  });
});
