import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  notificationDeliveredV1,
  webhookDeliveryFailedV1,
  type NotificationCategory,
  type WEBHOOK_FAILURE_REASONS,
} from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../config.js';
import { openSecret } from '../webhooks/secret-box.js';
import { parseAllowList, type UrlPolicy } from '../webhooks/url-guard.js';
import { sendWebhook } from '../webhooks/webhook.sender.js';
import { nextDelayMs } from './backoff.js';
import { deliveryAttempts, deliveryDuration } from './delivery.metrics.js';
import { EmailSender } from './email.sender.js';

interface ClaimedDelivery {
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
}

interface SubscriptionRow {
  id: string;
  url: string;
  enabled: boolean;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_active: boolean;
}

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** Give up now, whatever the schedule says. */
  deadReason?: (typeof WEBHOOK_FAILURE_REASONS)[number];
}

/**
 * Sends what the consumer queued: claims due rows of the delivery table (a lease, so a crashed
 * worker's rows come back and several workers never share one), sends each outside any database
 * transaction, then records the outcome, the attempt and the resulting event in one transaction.
 * Failures wait by the configured schedule with jitter; when it is used up the delivery is dead.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly email: EmailSender;
  private readonly policy: UrlPolicy;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.email = new EmailSender(config);
    this.policy = {
      requireHttps: config.WEBHOOK_REQUIRE_HTTPS,
      allowed: parseAllowList(config.WEBHOOK_ALLOWED_HOSTS),
    };
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current.catch(() => undefined);
    this.email.close();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      const run = this.runOnce().then(
        (claimed) =>
          this.schedule(
            claimed >= this.config.DELIVERY_BATCH_SIZE ? 0 : this.config.DELIVERY_POLL_INTERVAL_MS,
          ),
        (error: unknown) => {
          this.logger.warn({ msg: 'delivery round failed', error: String(error) });
          this.schedule(this.config.DELIVERY_POLL_INTERVAL_MS);
        },
      );
      this.current = run;
    }, delayMs);
  }

  /** One round: claims due deliveries, sends them, records the outcomes; returns how many it claimed. */
  async runOnce(): Promise<number> {
    const leaseSeconds = Math.ceil(this.config.WEBHOOK_TIMEOUT_MS / 1000) + 30;
    const [claimed] = await this.dataSource.query<[ClaimedDelivery[], number]>(
      `UPDATE delivery SET status = 'sending', attempts = attempts + 1,
              lease_until = now() + make_interval(secs => $2)
        WHERE id IN (SELECT id FROM delivery
                      WHERE (status = 'pending' AND next_attempt_at <= now())
                         OR (status = 'sending' AND lease_until < now())
                      ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, channel, recipient, subscription_id, event_id, event_type, category, language, subject, body, attempts`,
      [this.config.DELIVERY_BATCH_SIZE, leaseSeconds],
    );
    if (claimed.length === 0) return 0;
    const subscriptions = await this.subscriptions(claimed);
    const parallel = 10;
    for (let start = 0; start < claimed.length; start += parallel) {
      await Promise.all(
        claimed.slice(start, start + parallel).map(async (delivery) => {
          const outcome = await this.send(delivery, subscriptions);
          await this.record(delivery, outcome);
        }),
      );
    }
    return claimed.length;
  }

  /** The secrets that sign (the previous one too during a rotation), or undefined if the key is wrong. */
  private openSecrets(subscription: SubscriptionRow): string[] | undefined {
    const key = this.config.WEBHOOK_SECRET_KEY;
    try {
      const secrets = [openSecret(subscription.secret_sealed, key, subscription.id)];
      if (subscription.previous_secret_sealed && subscription.previous_secret_active)
        secrets.push(openSecret(subscription.previous_secret_sealed, key, subscription.id));
      return secrets;
    } catch {
      return undefined;
    }
  }

  private async subscriptions(claimed: ClaimedDelivery[]): Promise<Map<string, SubscriptionRow>> {
    const ids = [...new Set(claimed.map((delivery) => delivery.subscription_id).filter(Boolean))];
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<SubscriptionRow[]>(
      `SELECT id, url, enabled, secret_sealed, previous_secret_sealed,
              coalesce(previous_secret_until > now(), false) AS previous_secret_active
         FROM webhook_subscription WHERE id = ANY($1)`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async send(
    delivery: ClaimedDelivery,
    subscriptions: Map<string, SubscriptionRow>,
  ): Promise<Outcome> {
    const started = Date.now();
    if (delivery.channel === 'email') {
      try {
        await this.email.send({
          deliveryId: delivery.id,
          to: delivery.recipient,
          subject: delivery.subject,
          body: delivery.body,
          language: delivery.language ?? 'da',
        });
        return { ok: true, statusCode: null, error: null, durationMs: Date.now() - started };
      } catch (error) {
        return { ok: false, statusCode: null, error: String(error), durationMs: Date.now() - started };
      }
    }
    const subscription = delivery.subscription_id ? subscriptions.get(delivery.subscription_id) : undefined;
    if (!subscription?.enabled) {
      return {
        ok: false,
        statusCode: null,
        error: 'the subscription is disabled',
        durationMs: 0,
        deadReason: 'endpoint-disabled',
      };
    }
    const secrets = this.openSecrets(subscription);
    if (!secrets) {
      return {
        ok: false,
        statusCode: null,
        error: 'the signing secret does not decrypt with WEBHOOK_SECRET_KEY (was the key changed?)',
        durationMs: 0,
      };
    }
    const result = await sendWebhook(
      { id: delivery.id, url: subscription.url, body: delivery.body, secrets },
      this.policy,
      this.config.WEBHOOK_TIMEOUT_MS,
    );
    return {
      ...result,
      durationMs: Date.now() - started,
      ...(result.statusCode === 410 ? { deadReason: 'endpoint-gone' as const } : {}),
    };
  }

  private async record(delivery: ClaimedDelivery, outcome: Outcome): Promise<void> {
    deliveryDuration.observe({ channel: delivery.channel }, outcome.durationMs / 1000);
    const result = await this.dataSource.transaction(
      async (manager): Promise<'delivered' | 'retry' | 'dead'> => {
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
        if (outcome.ok) {
          await this.delivered(manager, delivery, outcome);
          return 'delivered';
        }
        const schedule =
          delivery.channel === 'email'
            ? this.config.EMAIL_RETRY_SCHEDULE_MS
            : this.config.WEBHOOK_RETRY_SCHEDULE_MS;
        const delay = outcome.deadReason
          ? undefined
          : nextDelayMs(schedule, delivery.attempts, this.config.RETRY_JITTER);
        if (delay !== undefined) {
          await manager.query(
            `UPDATE delivery SET status = 'pending', lease_until = NULL, last_error = $2, last_status_code = $3,
                  next_attempt_at = now() + make_interval(secs => $4::double precision / 1000)
            WHERE id = $1 AND status = 'sending'`,
            [delivery.id, outcome.error, outcome.statusCode, delay],
          );
          return 'retry';
        }
        await this.dead(manager, delivery, outcome, outcome.deadReason ?? 'attempts-exhausted');
        return 'dead';
      },
    );
    deliveryAttempts.inc({ channel: delivery.channel, outcome: result });
  }

  private async delivered(
    manager: EntityManager,
    delivery: ClaimedDelivery,
    outcome: Outcome,
  ): Promise<void> {
    const [[row]] = await manager.query<[{ sent_at: Date }[], number]>(
      `UPDATE delivery SET status = 'sent', sent_at = now(), lease_until = NULL, next_attempt_at = NULL,
              last_error = NULL, last_status_code = $2
        WHERE id = $1 AND status = 'sending' RETURNING sent_at`,
      [delivery.id, outcome.statusCode],
    );
    if (!row) return;
    await this.outbox.record(
      manager,
      notificationDeliveredV1,
      {
        deliveryId: delivery.id,
        sourceEventId: delivery.event_id,
        sourceEventType: delivery.event_type,
        channel: delivery.channel,
        category: delivery.category,
        attempts: delivery.attempts,
        deliveredAt: row.sent_at.toISOString(),
      },
      { subject: delivery.id },
    );
  }

  private async dead(
    manager: EntityManager,
    delivery: ClaimedDelivery,
    outcome: Outcome,
    reason: (typeof WEBHOOK_FAILURE_REASONS)[number],
  ): Promise<void> {
    const [[row]] = await manager.query<[{ dead_at: Date }[], number]>(
      `UPDATE delivery SET status = 'dead', dead_at = now(), dead_reason = $2, lease_until = NULL,
              next_attempt_at = NULL, last_error = $3, last_status_code = $4
        WHERE id = $1 AND status = 'sending' RETURNING dead_at`,
      [delivery.id, reason, outcome.error, outcome.statusCode],
    );
    if (!row) return;
    this.logger.warn({
      msg: 'delivery dead-lettered',
      deliveryId: delivery.id,
      channel: delivery.channel,
      reason,
    });
    if (delivery.channel !== 'webhook' || !delivery.subscription_id || !delivery.event_id) return;
    if (reason === 'endpoint-gone') {
      await manager.query(
        `UPDATE webhook_subscription SET enabled = false,
                disabled_reason = 'The endpoint answered 410 Gone on ' || to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
          WHERE id = $1 AND enabled`,
        [delivery.subscription_id],
      );
    }
    await this.outbox.record(
      manager,
      webhookDeliveryFailedV1,
      {
        deliveryId: delivery.id,
        subscriptionId: delivery.subscription_id,
        sourceEventId: delivery.event_id,
        sourceEventType: delivery.event_type ?? '',
        attempts: delivery.attempts,
        lastStatusCode: outcome.statusCode,
        reason,
        failedAt: row.dead_at.toISOString(),
      },
      { subject: delivery.subscription_id },
    );
  }
}
