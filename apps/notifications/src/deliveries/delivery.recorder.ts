import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { notificationDeliveredV1, webhookDeliveryFailedV1 } from '@samvirke/contracts';
import type { EventOutbox } from '@samvirke/messaging';
import type { NotificationsConfig } from '../config.js';
import { nextStep, type FailureReason, type NextStep, type Outcome } from './deliveries.rules.js';
import {
  disableGoneSubscription,
  insertAttempt,
  markDead,
  markRetry,
  markSent,
  type ClaimedDelivery,
} from './delivery-queue.store.js';
import { deliveryAttempts, deliveryDuration } from './delivery.metrics.js';

/**
 * Records how an attempt went, in one transaction: the attempt, the delivery's new state (sent,
 * pending again after a delay, or dead) and the event that tells of it.
 */
export class DeliveryRecorder {
  private readonly logger = new Logger('DeliveryWorker');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly config: NotificationsConfig,
  ) {}

  async record(delivery: ClaimedDelivery, outcome: Outcome): Promise<void> {
    deliveryDuration.observe({ channel: delivery.channel }, outcome.durationMs / 1000);
    const schedule =
      delivery.channel === 'email'
        ? this.config.EMAIL_RETRY_SCHEDULE_MS
        : this.config.WEBHOOK_RETRY_SCHEDULE_MS;
    const step = nextStep(outcome, delivery.attempts, schedule, this.config.RETRY_JITTER);
    await this.dataSource.transaction(async (manager) => {
      await insertAttempt(manager, delivery, outcome);
      await this.apply(manager, delivery, outcome, step);
    });
    deliveryAttempts.inc({ channel: delivery.channel, outcome: step.status });
  }

  private async apply(
    manager: EntityManager,
    delivery: ClaimedDelivery,
    outcome: Outcome,
    step: NextStep,
  ): Promise<void> {
    switch (step.status) {
      case 'delivered':
        return this.delivered(manager, delivery, outcome);
      case 'retry':
        return markRetry(manager, delivery.id, outcome, step.delayMs);
      case 'dead':
        return this.dead(manager, delivery, outcome, step.reason);
    }
  }

  private async delivered(
    manager: EntityManager,
    delivery: ClaimedDelivery,
    outcome: Outcome,
  ): Promise<void> {
    const sentAt = await markSent(manager, delivery.id, outcome.statusCode);
    if (!sentAt) return;
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
        deliveredAt: sentAt.toISOString(),
      },
      { subject: delivery.id },
    );
  }

  private async dead(
    manager: EntityManager,
    delivery: ClaimedDelivery,
    outcome: Outcome,
    reason: FailureReason,
  ): Promise<void> {
    const deadAt = await markDead(manager, delivery.id, reason, outcome);
    if (!deadAt) return;
    this.logger.warn({
      msg: 'delivery dead-lettered',
      deliveryId: delivery.id,
      channel: delivery.channel,
      reason,
    });
    if (delivery.channel !== 'webhook' || !delivery.subscription_id || !delivery.event_id) return;
    if (reason === 'endpoint-gone') await disableGoneSubscription(manager, delivery.subscription_id);
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
        failedAt: deadAt.toISOString(),
      },
      { subject: delivery.subscription_id },
    );
  }
}
