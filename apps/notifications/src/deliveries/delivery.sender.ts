import type { NotificationsConfig } from '../config.js';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links.js';
import { openSecret } from '../webhooks/secret-box.js';
import { parseAllowList, type UrlPolicy } from '../webhooks/url-guard.js';
import { sendWebhook } from '../webhooks/webhook.sender.js';
import { webhookOutcome, type Outcome } from './deliveries.rules.js';
import type { ClaimedDelivery, SigningSubscription } from './delivery-queue.store.js';
import { EmailSender } from './email.sender.js';

/** Sends one claimed delivery, e-mail or webhook, outside any database transaction. */
export class DeliverySender {
  private readonly email: EmailSender;
  private readonly policy: UrlPolicy;
  private readonly links: UnsubscribeLinks;

  constructor(private readonly config: NotificationsConfig) {
    this.email = new EmailSender(config);
    this.links = new UnsubscribeLinks(config);
    this.policy = {
      requireHttps: config.WEBHOOK_REQUIRE_HTTPS,
      allowed: parseAllowList(config.WEBHOOK_ALLOWED_HOSTS),
    };
  }

  send(delivery: ClaimedDelivery, subscriptions: ReadonlyMap<string, SigningSubscription>): Promise<Outcome> {
    if (delivery.channel === 'email') return this.sendEmail(delivery);
    const subscription = delivery.subscription_id ? subscriptions.get(delivery.subscription_id) : undefined;
    return this.sendWebhook(delivery, subscription);
  }

  close(): void {
    this.email.close();
  }

  private async sendEmail(delivery: ClaimedDelivery): Promise<Outcome> {
    const started = Date.now();
    try {
      await this.email.send({
        deliveryId: delivery.id,
        to: delivery.recipient,
        subject: delivery.subject,
        body: delivery.body,
        language: delivery.language ?? 'da',
        unsubscribeUrl: delivery.unsubscribe_token
          ? this.links.oneClickUrl(delivery.unsubscribe_token)
          : undefined,
      });
      return { ok: true, statusCode: null, error: null, durationMs: Date.now() - started };
    } catch (error) {
      return { ok: false, statusCode: null, error: String(error), durationMs: Date.now() - started };
    }
  }

  private async sendWebhook(
    delivery: ClaimedDelivery,
    subscription: SigningSubscription | undefined,
  ): Promise<Outcome> {
    const started = Date.now();
    if (!subscription?.enabled) {
      const error = 'the subscription is disabled';
      return { ok: false, statusCode: null, error, durationMs: 0, deadReason: 'endpoint-disabled' };
    }
    const secrets = this.openSecrets(subscription);
    if (!secrets) {
      const error = 'the signing secret does not decrypt with WEBHOOK_SECRET_KEY (was the key changed?)';
      return { ok: false, statusCode: null, error, durationMs: 0 };
    }
    const result = await sendWebhook(
      { id: delivery.id, url: subscription.url, body: delivery.body, secrets },
      this.policy,
      this.config.WEBHOOK_TIMEOUT_MS,
    );
    return webhookOutcome(result, Date.now() - started);
  }

  /** The secrets that sign (the previous one too during a rotation), or undefined if the key is wrong. */
  private openSecrets(subscription: SigningSubscription): string[] | undefined {
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
}
