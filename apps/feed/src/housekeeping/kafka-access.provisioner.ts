import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import kafkajs, { Kafka, logLevel, type AclEntry, type Admin } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  kafkaSecurityOptions,
  MESSAGING_CONFIG,
  type KafkaSecurity,
  type MessagingConfig,
} from '@samvirke/messaging';
import { IntervalJob, type RoundOutcome } from '@samvirke/persistence';
import { FEED_CONFIG, type FeedConfig } from '../config.js';
import { integrationAcls, staleTopicAcls } from './housekeeping.rules.js';
import { kafkaGrants, type IntegrationAccess } from './housekeeping.store.js';

// kafkajs is CommonJS: its ACL enums are not visible as ESM named exports.
const { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } = kafkajs;

/** The client's ACL bindings on topics, any pattern. */
async function topicAclsOf(admin: Admin, clientId: string): Promise<AclEntry[]> {
  const { resources } = await admin.describeAcls({
    resourceType: AclResourceTypes.TOPIC,
    resourcePatternType: ResourcePatternTypes.ANY,
    principal: `User:${clientId}`,
    operation: AclOperationTypes.ANY,
    permissionType: AclPermissionTypes.ANY,
  });
  return resources.flatMap(({ resourceType, resourceName, resourcePatternType, acls }) =>
    acls.map((acl) => ({ resourceType, resourceName, resourcePatternType, ...acl })),
  );
}

/**
 * Makes each client's ACLs what its grants say (integrationAcls): bindings on public topics it no
 * longer should have (a revoked programme, an older prefix over every public topic) are deleted,
 * the rest created (idempotent: Kafka keeps one copy of an identical binding). The number deleted.
 */
export async function provisionKafkaAccess(
  admin: Admin,
  access: readonly IntegrationAccess[],
  topicPrefix = '',
): Promise<number> {
  let removed = 0;
  for (const { clientId, programmeIds } of access) {
    const desired = integrationAcls(clientId, topicPrefix, programmeIds);
    const stale = staleTopicAcls(await topicAclsOf(admin, clientId), desired, topicPrefix);
    if (stale.length > 0) await admin.deleteAcls({ filters: stale });
    await admin.createAcls({ acl: desired });
    removed += stale.length;
  }
  return removed;
}

/**
 * Keeps the integration clients' Kafka ACLs (FEED_KAFKA_CLIENTS) in step with their programme
 * grants: at start, every FEED_KAFKA_ACL_SYNC_SECONDS (one replica at a time), and right after a
 * grant or revocation. A broker without an authorizer (no integration listener) is noted and skipped.
 */
@Injectable()
export class KafkaAccessProvisioner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(KafkaAccessProvisioner.name);
  private readonly job: IntervalJob<number>;

  constructor(
    dataSource: DataSource,
    @Inject(FEED_CONFIG) private readonly config: FeedConfig,
    @Inject(MESSAGING_CONFIG) private readonly messaging: MessagingConfig,
  ) {
    this.job = new IntervalJob(dataSource, {
      name: 'feed-kafka-acls',
      everyMs: config.FEED_KAFKA_ACL_SYNC_SECONDS * 1_000,
      runAtStart: true,
      round: async (manager) => this.apply(await kafkaGrants(manager, config.FEED_KAFKA_CLIENTS)),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /**
   * One round now, after the replica leading one finishes (a grant just committed is then seen);
   * a failure is logged and the next round tries again.
   */
  async syncNow(): Promise<void> {
    try {
      let outcome: RoundOutcome<number> = await this.job.runOnce();
      for (let tries = 0; !outcome.ran && tries < 20; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        outcome = await this.job.runOnce();
      }
    } catch (error) {
      this.logger.warn({ msg: 'could not update Kafka ACLs after a grant change', error: String(error) });
    }
  }

  private async apply(access: readonly IntegrationAccess[]): Promise<number> {
    if (access.length === 0) return 0;
    const admin = this.admin();
    try {
      await admin.connect();
      const removed = await provisionKafkaAccess(admin, access, this.messaging.topicPrefix);
      this.logger.log({ msg: 'Kafka ACLs of integration clients in step with their grants', removed });
      return removed;
    } catch (error) {
      if ((error as { type?: string }).type !== 'SECURITY_DISABLED') throw error;
      this.logger.log({ msg: 'the broker has no authorizer (no integration listener); Kafka ACLs skipped' });
      return 0;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** The admin client that may change ACLs: FEED_KAFKA_ACL_* if set, else the feed's own credentials. */
  private admin(): Admin {
    const { FEED_KAFKA_ACL_USERNAME: username, FEED_KAFKA_ACL_PASSWORD: password } = this.config;
    const security: KafkaSecurity =
      username && password
        ? { ...this.messaging.security, sasl: { mechanism: 'scram-sha-512', username, password } }
        : (this.messaging.security ?? {});
    return new Kafka({
      clientId: 'samvirke-feed-acls',
      brokers: this.messaging.brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 2 },
      ...kafkaSecurityOptions(security),
    }).admin();
  }
}
