import { consumerGroupId, TOPICS } from '@samvirke/contracts';
import { testKafka, uniqueSuiteId } from '@samvirke/testing';
import kafkajs, { type Kafka } from 'kafkajs';
import { devKafkaCredentials, provisionKafka } from './kafka-access.js';
import { kafkaSecurityFromEnv, kafkaSecurityOptions } from './index.js';

const { Kafka: KafkaClient, logLevel } = kafkajs;

/**
 * The broker of the test run (infra/bin/infra-up's) refuses what a service principal is not
 * declared to do (libs/contracts principalGrants), with the raw kafkajs client: the topics and ACLs
 * exist under this suite's prefix, created with the admin principal as the scripts do.
 */
const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const prefix = `${uniqueSuiteId('identities')}.`;

function as(principal: 'measurement' | 'grants' | 'none'): Kafka {
  const env = principal === 'none' ? { KAFKA_SASL_MECHANISM: 'none' } : devKafkaCredentials(principal);
  return new KafkaClient({
    brokers,
    clientId: `identities-${principal}`,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3_000,
    retry: { retries: 1, initialRetryTime: 100 },
    ...kafkaSecurityOptions(kafkaSecurityFromEnv(env)),
  });
}

async function send(kafka: Kafka, logicalTopic: string): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 1 } });
  try {
    await producer.connect();
    await producer.send({ topic: prefix + logicalTopic, acks: -1, messages: [{ key: 'k', value: 'v' }] });
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}

/** The broker error type behind a kafkajs error (kafkajs wraps some in a non-retriable error). */
function typeOf(error: unknown): string | undefined {
  const { type, cause, message } = error as { type?: string; cause?: unknown; message?: string };
  if (type) return type;
  if (cause) return typeOf(cause);
  return /Topic authorization failed/i.test(message ?? '') ? 'TOPIC_AUTHORIZATION_FAILED' : undefined;
}

beforeAll(async () => {
  const admin = testKafka(brokers).admin();
  await admin.connect();
  try {
    await provisionKafka(admin, { topicPrefix: prefix, topicPartitions: 1 });
  } finally {
    await admin.disconnect();
  }
}, 60_000);

describe('service identities on Kafka (SASL/SCRAM-SHA-512 and ACLs from the declaration)', () => {
  it('refuses a client that presents no credentials', async () => {
    const admin = as('none').admin();
    await expect(admin.connect().then(() => admin.listTopics())).rejects.toThrow();
    await admin.disconnect().catch(() => undefined);
  });

  it('refuses a wrong password', async () => {
    const kafka = new KafkaClient({
      brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
      sasl: { mechanism: 'scram-sha-512', username: 'samvirke-measurement', password: 'guessed' },
    });
    await expect(kafka.admin().connect()).rejects.toMatchObject({ name: 'KafkaJSSASLAuthenticationError' });
  });

  it("lets measurement write its own topic but refuses it the grants service's topic", async () => {
    await send(as('measurement'), TOPICS.measurement);
    const refused = await send(as('measurement'), TOPICS.grants).then(
      () => 'written',
      (error: unknown) => typeOf(error),
    );
    expect(refused).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it("refuses measurement another service's consumer group", async () => {
    // grants' group reads the measurement topic; measurement may read partners in its own group only.
    const consumer = as('measurement').consumer({
      groupId: prefix + consumerGroupId('grants'),
      retry: { retries: 1, restartOnFailure: () => Promise.resolve(false) },
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [prefix + TOPICS.partners], fromBeginning: true });
      const crashed = new Promise<unknown>((resolve) =>
        consumer.on(consumer.events.CRASH, ({ payload }) => resolve(payload.error)),
      );
      await consumer.run({ eachMessage: () => Promise.resolve() });
      const error = await crashed;
      expect(String(error)).toMatch(/group coordinator|authoriz/i);
    } finally {
      await consumer.disconnect().catch(() => undefined);
    }
  });
});
