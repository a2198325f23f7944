import type { EntityManager } from 'typeorm';
import type { NotificationCategory } from '@samvirke/contracts';
import type { FailureReason, Outcome } from './deliveries.rules.js';

/** A delivery the worker has claimed (status 'sending', its lease running). */
export interface ClaimedDelivery {
  id: string;
  channel: 'email' | 'webhook';
  recipient: string;
  subscription_id: string | null;
  event_id: string | null;
  event_type: string | null;
  category: NotificationCategory | null;
  language: string | null;
  subject: string;
  body: string;
  attempts: number;
  unsubscribe_token: string | null;
}

/** What signs a webhook: the subscription's URL and sealed secrets (the previous one during an overlap). */
export interface SigningSubscription {
  id: string;
  url: string;
  enabled: boolean;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_active: boolean;
}

/**
 * Claims due deliveries, and those whose claimer's lease lapsed: `FOR UPDATE SKIP LOCKED`, so
 * several workers never share one; the attempt is counted as it is claimed.
 */
export async function claimDue(
  manager: EntityManager,
  batchSize: number,
  leaseSeconds: number,
): Promise<ClaimedDelivery[]> {
  const [claimed] = await manager.query<[ClaimedDelivery[], number]>(
    `UPDATE delivery SET status = 'sending', attempts = attempts + 1,
            lease_until = now() + make_interval(secs => $2)
      WHERE id IN (SELECT id FROM delivery
                    WHERE (status = 'pending' AND next_attempt_at <= now())
                       OR (status = 'sending' AND lease_until < now())
                    ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING id, channel, recipient, subscription_id, event_id, event_type, category, language, subject, body, attempts,
                unsubscribe_token`,
    [batchSize, leaseSeconds],
  );
  return claimed;
}

/** The subscriptions of the claimed webhooks, by id. */
export async function signingSubscriptions(
  manager: EntityManager,
  claimed: readonly ClaimedDelivery[],
): Promise<Map<string, SigningSubscription>> {
  const ids = [...new Set(claimed.map((delivery) => delivery.subscription_id).filter(Boolean))];
  if (ids.length === 0) return new Map();
  const rows = await manager.query<SigningSubscription[]>(
    `SELECT id, url, enabled, secret_sealed, previous_secret_sealed,
            coalesce(previous_secret_until > now(), false) AS previous_secret_active
       FROM webhook_subscription WHERE id = ANY($1)`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

export async function insertAttempt(
  manager: EntityManager,
  delivery: ClaimedDelivery,
  outcome: Outcome,
): Promise<void> {
  await manager.query(
    `INSERT INTO delivery_attempt (delivery_id, attempt, at, duration_ms, outcome, status_code, error)
     VALUES ($1, $2, now(), $3, $4, $5, $6)`,
    [
      delivery.id,
      delivery.attempts,
      outcome.durationMs,
      outcome.ok ? 'delivered' : 'failed',
      outcome.statusCode,
      outcome.error?.slice(0, 1000) ?? null,
    ],
  );
}

/** Back to pending after the delay; only while this claim still holds it. */
export async function markRetry(
  manager: EntityManager,
  deliveryId: string,
  outcome: Outcome,
  delayMs: number,
): Promise<void> {
  await manager.query(
    `UPDATE delivery SET status = 'pending', lease_until = NULL, last_error = $2, last_status_code = $3,
            next_attempt_at = now() + make_interval(secs => $4::double precision / 1000)
      WHERE id = $1 AND status = 'sending'`,
    [deliveryId, outcome.error, outcome.statusCode, delayMs],
  );
}

/** Sent; its time, or undefined when this claim no longer held it. */
export async function markSent(
  manager: EntityManager,
  deliveryId: string,
  statusCode: number | null,
): Promise<Date | undefined> {
  const [[row]] = await manager.query<[{ sent_at: Date }[], number]>(
    `UPDATE delivery SET status = 'sent', sent_at = now(), lease_until = NULL, next_attempt_at = NULL,
            last_error = NULL, last_status_code = $2
      WHERE id = $1 AND status = 'sending' RETURNING sent_at`,
    [deliveryId, statusCode],
  );
  return row?.sent_at;
}

/** Given up on; its time, or undefined when this claim no longer held it. */
export async function markDead(
  manager: EntityManager,
  deliveryId: string,
  reason: FailureReason,
  outcome: Outcome,
): Promise<Date | undefined> {
  const [[row]] = await manager.query<[{ dead_at: Date }[], number]>(
    `UPDATE delivery SET status = 'dead', dead_at = now(), dead_reason = $2, lease_until = NULL,
            next_attempt_at = NULL, last_error = $3, last_status_code = $4
      WHERE id = $1 AND status = 'sending' RETURNING dead_at`,
    [deliveryId, reason, outcome.error, outcome.statusCode],
  );
  return row?.dead_at;
}

/** The endpoint answered 410 Gone: the subscription is disabled until its owner enables it again. */
export async function disableGoneSubscription(manager: EntityManager, subscriptionId: string): Promise<void> {
  await manager.query(
    `UPDATE webhook_subscription SET enabled = false,
            disabled_reason = 'The endpoint answered 410 Gone on ' || to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
      WHERE id = $1 AND enabled`,
    [subscriptionId],
  );
}
