import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import {
  kafkaSecurityOptions,
  MESSAGING_CONFIG,
  type KafkaSecurity,
  type MessagingConfig,
} from '@samvirke/messaging';
import { FEED_CONFIG, type FeedConfig } from '../config.js';
import { integrationAcls } from './housekeeping.rules.js';

/** Creates the ACLs (idempotent: Kafka keeps one copy of an identical binding). */
export async function provisionKafkaAccess(
  admin: Admin,
  clientIds: readonly string[],
  topicPrefix = '',
): Promise<void> {
  if (clientIds.length === 0) return;
  await admin.createAcls({ acl: clientIds.flatMap((clientId) => integrationAcls(clientId, topicPrefix)) });
}

/**
 * At start, the integration clients get their Kafka ACLs for the public topics (idempotent; a
 * broker without an authorizer, i.e. without the integration listener, is noted and skipped).
 */
@Injectable()
export class KafkaAccessProvisioner implements OnApplicationBootstrap {
  private readonly logger = new Logger(KafkaAccessProvisioner.name);

  constructor(
    @Inject(FEED_CONFIG) private readonly config: FeedConfig,
    @Inject(MESSAGING_CONFIG) private readonly messaging: MessagingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { FEED_KAFKA_ACL_USERNAME: username, FEED_KAFKA_ACL_PASSWORD: password } = this.config;
    const security: KafkaSecurity =
      username && password
        ? { ...this.messaging.security, sasl: { mechanism: 'scram-sha-512', username, password } }
        : (this.messaging.security ?? {});
    const admin = new Kafka({
      clientId: 'samvirke-feed-acls',
      brokers: this.messaging.brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 2 },
      ...kafkaSecurityOptions(security),
    }).admin();
    try {
      await admin.connect();
      await provisionKafkaAccess(admin, this.config.FEED_KAFKA_CLIENTS, this.messaging.topicPrefix);
      this.logger.log({
        msg: 'Kafka ACLs for integration clients in place',
        clients: this.config.FEED_KAFKA_CLIENTS,
      });
    } catch (error) {
      this.report(error);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private report(error: unknown): void {
    if ((error as { type?: string }).type === 'SECURITY_DISABLED') {
      this.logger.log({ msg: 'the broker has no authorizer (no integration listener); Kafka ACLs skipped' });
    } else {
      this.logger.warn({ msg: 'could not create Kafka ACLs for integration clients', error: String(error) });
    }
  }
}
