import type { EntityManager } from 'typeorm';
import type { NotificationCategory } from '@samvirke/contracts';

/** The first 128 bits of the SHA-256 of a user's address, as emailDigest() computes it. */
const DIGEST_OF_EMAIL = `left(encode(sha256(convert_to(lower(u.email), 'UTF8')), 'hex'), 32)`;

/** The categories of these that are turned off for the address with this digest. */
export async function optedOutCategories(
  manager: EntityManager,
  emailDigest: string,
  categories: readonly NotificationCategory[],
): Promise<NotificationCategory[]> {
  const rows = await manager.query<{ category: NotificationCategory }[]>(
    `SELECT category FROM email_opt_out WHERE email_digest = $1 AND category = ANY($2)`,
    [emailDigest, categories],
  );
  return rows.map((row) => row.category);
}

/**
 * Turns the categories' e-mails off for the address: an opt-out row (the address may be a contact
 * with no login) and the e-mail preference of every user with that address, so their preferences
 * page shows it.
 */
export async function optOut(
  manager: EntityManager,
  emailDigest: string,
  categories: readonly NotificationCategory[],
): Promise<void> {
  await manager.query(
    `INSERT INTO email_opt_out (email_digest, category)
     SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
    [emailDigest, categories],
  );
  await manager.query(
    `INSERT INTO preference (subject, category, channel, setting)
     SELECT u.subject, c.category, 'email', 'off'
       FROM user_profile u CROSS JOIN unnest($2::text[]) AS c(category)
      WHERE u.email IS NOT NULL AND ${DIGEST_OF_EMAIL} = $1
     ON CONFLICT (subject, category, channel) DO UPDATE SET setting = 'off'`,
    [emailDigest, categories],
  );
}

/** A user chose e-mail for a category again: the address's opt-out of it no longer holds. */
export async function clearOptOut(
  manager: EntityManager,
  subject: string,
  categories: readonly string[],
): Promise<void> {
  await manager.query(
    `DELETE FROM email_opt_out o USING user_profile u
      WHERE u.subject = $1 AND u.email IS NOT NULL AND o.email_digest = ${DIGEST_OF_EMAIL}
        AND o.category = ANY($2)`,
    [subject, categories],
  );
}
