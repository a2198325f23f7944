import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { NotificationLanguage } from '@samvirke/contracts';
import type { HeldEmail } from './deliveries.rules.js';

/** Claims a day's digest: true for the one caller that records the day's digest_run row. */
export async function claimDigestDay(manager: EntityManager, day: string): Promise<boolean> {
  const claimed = await manager.query<unknown[]>(
    `INSERT INTO digest_run (day) VALUES ($1) ON CONFLICT DO NOTHING RETURNING day`,
    [day],
  );
  return claimed.length > 0;
}

/**
 * The e-mails held for a digest, locked until the caller's transaction ends, each with the digest
 * schedules of the users with its address (0 for daily, else the ISO weekday of a weekly one).
 */
export async function lockHeldEmails(manager: EntityManager): Promise<HeldEmail[]> {
  return manager.query<HeldEmail[]>(
    `SELECT d.id, d.recipient, d.language, d.subject, d.category,
            coalesce((SELECT array_agg(CASE WHEN u.digest_frequency = 'weekly' THEN u.digest_weekday ELSE 0 END)
                        FROM user_profile u WHERE lower(u.email) = d.recipient), '{}') AS schedules
       FROM delivery d WHERE d.status = 'held'
      ORDER BY d.seq FOR UPDATE OF d SKIP LOCKED`,
  );
}

export interface DigestRow {
  readonly recipient: string;
  readonly language: NotificationLanguage;
  readonly subject: string;
  readonly body: string;
  readonly unsubscribeToken: string | null;
  readonly heldIds: readonly string[];
}

/** Queues the digest e-mail and marks the e-mails it bundles as digested by it. */
export async function queueDigest(manager: EntityManager, digest: DigestRow): Promise<void> {
  const digestId = randomUUID();
  await manager.query(
    `INSERT INTO delivery (id, dedupe_key, channel, recipient, language, subject, body, status,
                           unsubscribe_token, next_attempt_at)
     VALUES ($1, $2, 'email', $3, $4, $5, $6, 'pending', $7, now())`,
    [
      digestId,
      `digest:${digestId}`,
      digest.recipient,
      digest.language,
      digest.subject,
      digest.body,
      digest.unsubscribeToken,
    ],
  );
  await manager.query(`UPDATE delivery SET status = 'digested', digest_id = $1 WHERE id = ANY($2)`, [
    digestId,
    digest.heldIds,
  ]);
}
