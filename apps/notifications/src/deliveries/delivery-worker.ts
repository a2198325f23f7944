import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventOutbox } from '@samvirke/messaging';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../config.js';
import { leaseSeconds } from './deliveries.rules.js';
import { claimDue, signingSubscriptions } from './delivery-queue.store.js';
import { DeliveryRecorder } from './delivery.recorder.js';
import { DeliverySender } from './delivery.sender.js';

/** How many deliveries of a round are sent at once. */
const PARALLEL = 10;

/**
 * Sends what the consumer queued: claims due rows of the delivery table (a lease, so a crashed
 * worker's rows come back and several workers never share one), sends each outside any database
 * transaction, then records the outcome, the attempt and the resulting event in one transaction.
 * Failures wait by the configured schedule with jitter; when it is used up the delivery is dead.
 *
 * Not an IntervalJob: every replica works the queue side by side (the claim keeps them apart), and
 * a full batch is followed by the next one at once instead of after the poll interval.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly sender: DeliverySender;
  private readonly recorder: DeliveryRecorder;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    outbox: EventOutbox,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.sender = new DeliverySender(config);
    this.recorder = new DeliveryRecorder(dataSource, outbox, config);
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current.catch(() => undefined);
    this.sender.close();
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
    const manager = this.dataSource.manager;
    const claimed = await claimDue(
      manager,
      this.config.DELIVERY_BATCH_SIZE,
      leaseSeconds(this.config.WEBHOOK_TIMEOUT_MS),
    );
    if (claimed.length === 0) return 0;
    const subscriptions = await signingSubscriptions(manager, claimed);
    for (let start = 0; start < claimed.length; start += PARALLEL) {
      await Promise.all(
        claimed.slice(start, start + PARALLEL).map(async (delivery) => {
          await this.recorder.record(delivery, await this.sender.send(delivery, subscriptions));
        }),
      );
    }
    return claimed.length;
  }
}
