import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Kafka, logLevel } from 'kafkajs';
import { MESSAGING_CONFIG, type MessagingConfig } from '@samvirke/messaging';
import { FEED_CONFIG, type FeedConfig } from './feed.config.js';
import { FeedService } from './feed.service.js';
import { provisionKafkaAccess } from './kafka-access.js';

const PRUNE_EVERY_MS = 60 * 60 * 1_000;

/**
 * What the feed needs besides requests: entries older than the retention are pruned hourly, and
 * the integration clients get their Kafka ACLs at start (idempotent; a broker without an
 * authorizer, i.e. without the integration listener, is noted and skipped).
 */
@Injectable()
export class FeedHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FeedHousekeeping.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly feed: FeedService,
    @Inject(FEED_CONFIG) private readonly config: FeedConfig,
    @Inject(MESSAGING_CONFIG) private readonly messaging: MessagingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.timer = setInterval(() => void this.prune(), PRUNE_EVERY_MS);
    this.timer.unref();
    await this.prune();
    await this.provisionKafka();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async prune(): Promise<void> {
    const cutoff = new Date(Date.now() - this.config.FEED_RETENTION_DAYS * 24 * 3_600_000);
    try {
      const removed = await this.feed.prune(cutoff);
      if (removed > 0) this.logger.log({ msg: 'feed entries past retention removed', removed });
    } catch (error) {
      this.logger.warn({ msg: 'feed pruning failed; next try in an hour', error: String(error) });
    }
  }

  private async provisionKafka(): Promise<void> {
    const admin = new Kafka({
      clientId: 'samvirke-gateway-acls',
      brokers: this.messaging.brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 2 },
    }).admin();
    try {
      await admin.connect();
      await provisionKafkaAccess(admin, this.config.FEED_KAFKA_CLIENTS, this.messaging.topicPrefix);
      this.logger.log({
        msg: 'Kafka ACLs for integration clients in place',
        clients: this.config.FEED_KAFKA_CLIENTS,
      });
    } catch (error) {
      const type = (error as { type?: string }).type;
      if (type === 'SECURITY_DISABLED') {
        this.logger.log({
          msg: 'the broker has no authorizer (no integration listener); Kafka ACLs skipped',
        });
      } else {
        this.logger.warn({
          msg: 'could not create Kafka ACLs for integration clients',
          error: String(error),
        });
      }
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
