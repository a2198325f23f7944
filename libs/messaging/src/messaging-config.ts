import { z } from 'zod';

export const messagingEnvSchema = z.object({
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((value) =>
      value
        .split(',')
        .map((broker) => broker.trim())
        .filter(Boolean),
    ),
  /** Prepended to every logical topic, so test suites and deployments can share one cluster. */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9._-]*$/)
    .default(''),
  /**
   * Partitions of a topic this process creates, instead of the declared count (KAFKA_TOPICS):
   * for a cluster that holds many prefixed copies of the topics on one broker, like the test suite's.
   */
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().positive().max(1_000).optional(),
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(1_000),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().positive().max(5_000).default(1_000),
  OUTBOX_RETENTION_HOURS: z.coerce.number().positive().default(168),
  /**
   * Inbox rows are kept this long, so a redelivery is refused as a duplicate within it. It must
   * be longer than the topics' retention (Kafka's default 7 days; 24 h on the dev broker): a
   * consumer that lost its offsets reads a topic again from its start, at most that far back.
   */
  INBOX_RETENTION_DAYS: z.coerce.number().positive().default(14),
  CONSUMER_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  CONSUMER_RETRY_INITIAL_MS: z.coerce.number().int().nonnegative().default(200),
  CONSUMER_RETRY_MAX_MS: z.coerce.number().int().positive().default(10_000),
});

export interface MessagingConfig {
  readonly service: string;
  readonly brokers: string[];
  readonly topicPrefix: string;
  readonly topicPartitions?: number;
  readonly outboxPollIntervalMs: number;
  readonly outboxBatchSize: number;
  readonly outboxRetentionHours: number;
  readonly inboxRetentionDays: number;
  readonly consumerMaxAttempts: number;
  readonly consumerRetryInitialMs: number;
  readonly consumerRetryMaxMs: number;
}

export function messagingConfigFromEnv(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): MessagingConfig {
  const parsed = messagingEnvSchema.parse(env);
  return {
    service,
    brokers: parsed.KAFKA_BROKERS,
    topicPrefix: parsed.KAFKA_TOPIC_PREFIX,
    ...(parsed.KAFKA_TOPIC_PARTITIONS === undefined
      ? {}
      : { topicPartitions: parsed.KAFKA_TOPIC_PARTITIONS }),
    outboxPollIntervalMs: parsed.OUTBOX_POLL_INTERVAL_MS,
    outboxBatchSize: parsed.OUTBOX_BATCH_SIZE,
    outboxRetentionHours: parsed.OUTBOX_RETENTION_HOURS,
    inboxRetentionDays: parsed.INBOX_RETENTION_DAYS,
    consumerMaxAttempts: parsed.CONSUMER_MAX_ATTEMPTS,
    consumerRetryInitialMs: parsed.CONSUMER_RETRY_INITIAL_MS,
    consumerRetryMaxMs: parsed.CONSUMER_RETRY_MAX_MS,
  };
}

export function physicalTopic(config: Pick<MessagingConfig, 'topicPrefix'>, logicalTopic: string): string {
  return config.topicPrefix + logicalTopic;
}

/** The logical topic of a physical one: without the deployment's prefix. */
export function logicalTopic(config: Pick<MessagingConfig, 'topicPrefix'>, physical: string): string {
  return physical.startsWith(config.topicPrefix) ? physical.slice(config.topicPrefix.length) : physical;
}
