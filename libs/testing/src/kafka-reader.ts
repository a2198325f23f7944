import { randomUUID } from 'node:crypto';
import { type Kafka, type Consumer, type EachMessageHandler, type KafkaMessage } from 'kafkajs';
import { testKafka } from './kafka-credentials.js';
import { waitFor } from './wait-for.js';

export interface ReadMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: Buffer | null;
  readonly headers: Record<string, string>;
}

function headersOf(message: KafkaMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) headers[name] = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  }
  return headers;
}

/**
 * Waits until the topic exists and every partition has a leader: a topic that a service has only
 * just created is briefly unknown to the broker's metadata, and kafkajs's subscribe then fails
 * with UNKNOWN_TOPIC_OR_PARTITION instead of waiting.
 */
async function topicReady(kafka: Kafka, topic: string, timeoutMs: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await waitFor(
      `topic ${topic} to have leaders`,
      async () => {
        const metadata = await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => undefined);
        const partitions = metadata?.topics[0]?.partitions ?? [];
        return partitions.length > 0 && partitions.every((partition) => partition.leader >= 0);
      },
      { timeoutMs },
    );
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads a topic from the beginning with a throwaway consumer group until `done` says enough
 * (or the time is up), and returns what arrived, in order per partition.
 */
export async function readTopic(
  brokers: string[],
  topic: string,
  done: (messages: readonly ReadMessage[]) => boolean,
  timeoutMs = 30_000,
): Promise<ReadMessage[]> {
  const kafka = testKafka(brokers, { clientId: 'samvirke-test-reader' });
  const consumer = kafka.consumer({ groupId: `test-reader-${randomUUID()}` });
  const messages: ReadMessage[] = [];
  await topicReady(kafka, topic, timeoutMs);
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await collect(
      consumer,
      messages,
      done,
      () => `read ${messages.length} messages from ${topic} before the time ran out`,
      timeoutMs,
    );
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

/** The topics under `prefix` and the last offset of each partition that holds anything (`topic/partition`). */
async function partitionEnds(kafka: Kafka, prefix: string) {
  const admin = kafka.admin();
  const last = new Map<string, bigint>();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    for (const topic of topics)
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic))
        if (BigInt(high) > BigInt(low)) last.set(`${topic}/${partition}`, BigInt(high) - 1n);
    return { topics, last };
  } finally {
    await admin.disconnect();
  }
}

/**
 * Every message of every topic whose name starts with `prefix` (a suite's), from the beginning,
 * with a raw consumer of a throwaway group: up to the end each partition had when it was called.
 */
export async function readEveryTopic(
  brokers: string[],
  prefix: string,
  timeoutMs = 60_000,
): Promise<ReadMessage[]> {
  const kafka = testKafka(brokers, { clientId: 'samvirke-test-reader' });
  const { topics, last } = await partitionEnds(kafka, prefix);
  if (last.size === 0) return [];
  const reached = new Set<string>();
  const consumer = kafka.consumer({ groupId: `test-reader-${randomUUID()}` });
  const messages: ReadMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await collect(
      consumer,
      messages,
      (read) => {
        const message = read[read.length - 1];
        const partition = message && `${message.topic}/${message.partition}`;
        const end = partition === undefined ? undefined : last.get(partition);
        if (partition && end !== undefined && BigInt(message.offset) >= end) reached.add(partition);
        return reached.size === last.size;
      },
      () =>
        `read ${reached.size} of ${last.size} partitions of ${prefix}* to their end before the time ran out`,
      timeoutMs,
    );
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

/** Runs the consumer, adding what arrives to `messages`, until `done` says enough or the time is up. */
function collect(
  consumer: Consumer,
  messages: ReadMessage[],
  done: (messages: readonly ReadMessage[]) => boolean,
  timedOut: () => string,
  timeoutMs: number,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(timedOut())), timeoutMs);
    const eachMessage: EachMessageHandler = ({ topic, partition, message }) => {
      const key = message.key?.toString('utf8') ?? null;
      messages.push({
        topic,
        partition,
        offset: message.offset,
        key,
        value: message.value,
        headers: headersOf(message),
      });
      if (done(messages)) {
        clearTimeout(timer);
        resolve();
      }
      return Promise.resolve();
    };
    consumer.run({ eachMessage }).catch(reject);
  });
}

/** Sends raw messages, bypassing the outbox, to simulate what a broken or foreign producer might put on a topic. */
export async function sendRaw(
  brokers: string[],
  topic: string,
  messages: { key?: string; value: Buffer | string | null; headers?: Record<string, string> }[],
): Promise<void> {
  const kafka = testKafka(brokers, { clientId: 'samvirke-test-raw' });
  const producer = kafka.producer({ allowAutoTopicCreation: true });
  await producer.connect();
  try {
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}
