import { Logger } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type Admin, type ProducerConfig } from 'kafkajs';
import type { MessagingConfig } from './messaging-config.js';

const logger = new Logger('kafkajs');

/** kafkajs client whose own logs go through the service's JSON logger. */
export function createKafka(config: MessagingConfig, role: string): Kafka {
  return new Kafka({
    clientId: `samvirke-${config.service}-${role}`,
    brokers: config.brokers,
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

/** Idempotent, acks=all producer settings shared by the relay and dead-lettering. */
export const RELIABLE_PRODUCER: ProducerConfig = {
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
};

/**
 * Creates topics that are missing (3 partitions, replication 1 on the single dev broker) and waits
 * until each new partition has a leader: a fresh topic's metadata lags briefly behind its creation,
 * and another process may be creating the same topic at the same moment.
 */
export async function ensureTopics(
  admin: Admin,
  topics: readonly string[],
  numPartitions = 3,
): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
  if (missing.length === 0) return;
  try {
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
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
