import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import {
  Kafka,
  logLevel,
  Partitioners,
  type Admin,
  type ITopicConfig,
  type KafkaConfig,
  type ProducerConfig,
  type SASLOptions,
} from 'kafkajs';
import { topicDeclaration, TOPICS } from '@samvirke/contracts';
import { logicalTopic, type KafkaSecurity, type MessagingConfig } from './messaging-config.js';

const logger = new Logger('kafkajs');

/** kafkajs client whose own logs go through the service's JSON logger. */
export function createKafka(config: MessagingConfig, role: string): Kafka {
  return new Kafka({
    clientId: `samvirke-${config.service}-${role}`,
    brokers: config.brokers,
    ...kafkaSecurityOptions(config.security),
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5_000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }) => {
        const { message, correlationId, timestamp: _timestamp, ...extra } = log as Record<string, unknown>;
        // Our retries are bounded on purpose: an unsent outbox row is simply sent again later.
        if (typeof message === 'string' && message.startsWith('Limiting retries for the idempotent producer'))
          return;
        const entry = { msg: message, kafkaRequestId: correlationId, ...extra };
        if (level === logLevel.ERROR) logger.error(entry);
        else if (level === logLevel.WARN) logger.warn(entry);
        else logger.debug(entry);
      },
  });
}

/** kafkajs's `sasl` and `ssl` options for the given credentials. */
export function kafkaSecurityOptions(security: KafkaSecurity = {}): Pick<KafkaConfig, 'sasl' | 'ssl'> {
  const ca = security.sslCa ?? (security.sslCaFile ? readFileSync(security.sslCaFile, 'utf8') : undefined);
  const ssl = ca ? { ca: [ca] } : security.ssl;
  return {
    ...(ssl ? { ssl } : {}),
    ...(security.sasl ? { sasl: saslOptions(security.sasl) } : {}),
  };
}

function saslOptions({ mechanism, username, password }: NonNullable<KafkaSecurity['sasl']>): SASLOptions {
  return mechanism === 'plain'
    ? { mechanism, username, password }
    : { mechanism: 'scram-sha-512', username, password };
}

/** Idempotent, acks=all producer settings shared by the relay and dead-lettering. */
export const RELIABLE_PRODUCER: ProducerConfig = {
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
};

/** Kafka errors after which an idempotent producer's sequence state is no good any more. */
const PRODUCER_STATE_ERRORS = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
  'INVALID_PRODUCER_ID_MAPPING',
]);

/**
 * True when `error` (or what it wraps) says the idempotent producer must start again with a new
 * producer id. kafkajs advances its sequence numbers for a request that failed as a broker died,
 * and then every later send is refused with OUT_OF_ORDER_SEQUENCE_NUMBER, forever: only a new
 * producer gets out of it.
 */
export function producerStateLost(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 5; depth++) {
    const {
      type,
      cause: next,
      originalError,
    } = cause as { type?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof type === 'string' && PRODUCER_STATE_ERRORS.has(type)) return true;
    cause = originalError ?? next;
  }
  return false;
}

/** Where topics are created: the deployment's prefix, and a partition count that overrides the declared one. */
export type TopicPlacement = Pick<MessagingConfig, 'topicPrefix' | 'topicPartitions'>;

/**
 * How a missing topic is created: as KAFKA_TOPICS declares it (settings of a service's events for a
 * topic it does not name, e.g. a test's own), with replication and min.insync.replicas no higher
 * than the brokers there are (one on a developer's machine), and the partition count overridden
 * when the deployment says so (the test suite's many prefixed topics on one broker).
 */
export function topicToCreate(physical: string, placement: TopicPlacement, brokers: number): ITopicConfig {
  const logical = logicalTopic(placement, physical);
  const declared = topicDeclaration(logical) ?? { ...topicDeclaration(TOPICS.partners)!, name: logical };
  const replicationFactor = Math.min(declared.replicationFactor, brokers);
  return {
    topic: physical,
    numPartitions: placement.topicPartitions ?? declared.partitions,
    replicationFactor,
    configEntries: [
      { name: 'min.insync.replicas', value: String(Math.min(declared.minInsyncReplicas, replicationFactor)) },
      { name: 'retention.ms', value: String(declared.retentionMs) },
      { name: 'cleanup.policy', value: declared.cleanupPolicy },
      ...Object.entries(declared.configs ?? {}).map(([name, value]) => ({ name, value })),
    ],
  };
}

/**
 * Creates topics that are missing (topicToCreate) and waits until each new partition has a leader:
 * a fresh topic's metadata lags briefly behind its creation, and another process may be creating
 * the same topic at the same moment.
 */
export async function ensureTopics(
  admin: Admin,
  topics: readonly string[],
  placement: TopicPlacement,
): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
  if (missing.length === 0) return;
  const { brokers } = await admin.describeCluster();
  try {
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((topic) => topicToCreate(topic, placement, brokers.length)),
    });
  } catch (error) {
    if (
      !/already exists/i.test(String(error)) &&
      (error as { type?: string }).type !== 'TOPIC_ALREADY_EXISTS'
    )
      throw error;
  }
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics: missing });
      const ready = metadata.every(
        (topic) =>
          topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0),
      );
      if (ready) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topics ${missing.join(', ')} have no leaders after 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
