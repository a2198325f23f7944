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
  /**
   * How the process authenticates to Kafka: SCRAM-SHA-512 with its own principal on the internal
   * listener (docs/operations.md "Kafka principals and ACLs"); `none` only for a broker without SASL.
   */
  KAFKA_SASL_MECHANISM: z.enum(['scram-sha-512', 'plain', 'none']).default('none'),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
  /** TLS to the brokers (a cluster's internal TLS listener); KAFKA_SSL_CA_FILE names a private CA. */
  KAFKA_SSL: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  KAFKA_SSL_CA_FILE: z.string().optional(),
  /** The private CA's certificate itself (PEM), e.g. from a Kubernetes Secret. */
  KAFKA_SSL_CA: z.string().optional(),
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

/** SASL credentials and TLS of the Kafka connection (absent: plaintext, unauthenticated). */
export interface KafkaSecurity {
  readonly sasl?: {
    readonly mechanism: 'scram-sha-512' | 'plain';
    readonly username: string;
    readonly password: string;
  };
  readonly ssl?: boolean;
  readonly sslCaFile?: string;
  /** PEM of a private CA (instead of a file). */
  readonly sslCa?: string;
}

export interface MessagingConfig {
  readonly service: string;
  readonly brokers: string[];
  readonly security?: KafkaSecurity;
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
    security: kafkaSecurityFromEnv(env),
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

/**
 * The Kafka credentials in the environment: KAFKA_SASL_MECHANISM (`scram-sha-512`), KAFKA_SASL_USERNAME,
 * KAFKA_SASL_PASSWORD, KAFKA_SSL and KAFKA_SSL_CA_FILE. A mechanism without a user name or password is refused.
 */
export function kafkaSecurityFromEnv(env: NodeJS.ProcessEnv = process.env): KafkaSecurity {
  const parsed = messagingEnvSchema
    .pick({
      KAFKA_SASL_MECHANISM: true,
      KAFKA_SASL_USERNAME: true,
      KAFKA_SASL_PASSWORD: true,
      KAFKA_SSL: true,
      KAFKA_SSL_CA_FILE: true,
      KAFKA_SSL_CA: true,
    })
    .parse(env);
  const tls = {
    ...(parsed.KAFKA_SSL ? { ssl: true } : {}),
    ...(parsed.KAFKA_SSL_CA_FILE ? { sslCaFile: parsed.KAFKA_SSL_CA_FILE } : {}),
    ...(parsed.KAFKA_SSL_CA ? { sslCa: parsed.KAFKA_SSL_CA } : {}),
  };
  if (parsed.KAFKA_SASL_MECHANISM === 'none') return tls;
  const { KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = parsed;
  if (!username || !password)
    throw new Error(
      `KAFKA_SASL_MECHANISM=${parsed.KAFKA_SASL_MECHANISM} needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD`,
    );
  return { ...tls, sasl: { mechanism: parsed.KAFKA_SASL_MECHANISM, username, password } };
}
