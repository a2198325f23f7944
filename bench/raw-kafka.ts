import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners, type Consumer } from 'kafkajs';
import { kafkaSecurityFromEnv, kafkaSecurityOptions } from '@samvirke/messaging';

/**
 * The baseline: plain kafkajs produce → consume on the same broker, no database, same message
 * sizes and headers as the pipeline, acks=all. What the event pipeline is compared with.
 */
export async function rawThroughput(
  brokers: string[],
  count: number,
  value: string,
  replicationFactor = 1,
): Promise<number> {
  const { topic, admin, consumer, producer, joined } = await setup(brokers, replicationFactor);
  let received = 0;
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      received += batch.messages.length;
      if (received >= count) resolveDone();
      return Promise.resolve();
    },
  });
  await joined;
  const started = performance.now();
  for (let sent = 0; sent < count; sent += 500) {
    const messages = Array.from({ length: Math.min(500, count - sent) }, () => ({
      key: randomUUID(),
      value,
      headers: HEADERS,
    }));
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
  }
  await done;
  const elapsed = (performance.now() - started) / 1_000;
  await Promise.all([consumer.disconnect(), producer.disconnect()]);
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  return count / elapsed;
}

/** Latency of plain kafkajs at an offered rate: send time → received by the consumer. */
export async function rawLatency(
  brokers: string[],
  ratePerSecond: number,
  seconds: number,
  value: string,
  replicationFactor = 1,
): Promise<number[]> {
  const { topic, admin, consumer, producer, joined } = await setup(brokers, replicationFactor);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const total = ratePerSecond * seconds;
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  await consumer.run({
    eachMessage: ({ message }) => {
      const key = message.key?.toString() ?? '';
      const at = sentAt.get(key);
      if (at !== undefined) latencies.push(performance.now() - at);
      if (latencies.length >= total) resolveDone();
      return Promise.resolve();
    },
  });
  await joined;
  await offer(ratePerSecond, total, async (n) => {
    const messages = Array.from({ length: n }, () => ({ key: randomUUID(), value, headers: HEADERS }));
    const now = performance.now();
    for (const message of messages) sentAt.set(message.key, now);
    await producer.send({ topic, acks: -1, messages });
  });
  await done;
  await Promise.all([consumer.disconnect(), producer.disconnect()]);
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  return latencies.sort((a, b) => a - b);
}

/** Calls `send` with the number of items due every 10 ms, so the rate holds whatever a call costs. */
export async function offer(
  ratePerSecond: number,
  total: number,
  send: (count: number) => Promise<void>,
): Promise<void> {
  const started = performance.now();
  let offered = 0;
  const inFlight: Promise<void>[] = [];
  while (offered < total) {
    const due =
      Math.min(total, Math.floor(((performance.now() - started) / 1_000) * ratePerSecond)) - offered;
    if (due > 0) {
      offered += due;
      inFlight.push(send(due));
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await Promise.all(inFlight);
}

/** An organisation.registered event's data, the size of the pipeline's messages. */
export const SAMPLE_VALUE = JSON.stringify({
  organisationId: randomUUID(),
  name: 'benchmark-organisation-000000',
  type: 'ngo',
  cvr: null,
  kommunekode: null,
  registeredAt: new Date().toISOString(),
});

const HEADERS = {
  'content-type': 'application/json',
  ce_specversion: '1.0',
  ce_id: '00000000-0000-4000-8000-000000000000',
  ce_source: '/samvirke/bench',
  ce_type: 'dk.samvirke.partners.organisation.registered.v1',
  ce_time: new Date().toISOString(),
  ce_subject: '00000000-0000-4000-8000-000000000000',
  ce_correlationid: '00000000-0000-4000-8000-000000000000',
};

/**
 * A fresh 3-partition topic (replicated `replicationFactor` times, the broker's min.insync.replicas)
 * with a connected producer (idempotent, like the relay's) and consumer.
 */
async function setup(brokers: string[], replicationFactor: number) {
  const kafka = new Kafka({
    brokers,
    clientId: 'samvirke-bench',
    logLevel: logLevel.NOTHING,
    ...kafkaSecurityOptions(kafkaSecurityFromEnv()),
  });
  const admin = kafka.admin();
  await admin.connect();
  const topic = `bench.raw.${randomUUID()}`;
  // A broker that has only just started can answer the leader check with UNKNOWN_TOPIC_OR_PARTITION
  // for a moment (seen on the first bench run after infra-up): try again, as ensureTopics does.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: [{ topic, numPartitions: 3, replicationFactor }],
      });
      break;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}`, maxWaitTimeInMs: 100 });
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await Promise.all([consumer.connect(), producer.connect()]);
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  return { topic, admin, consumer, producer, joined: groupJoined(consumer) };
}

function groupJoined(consumer: Consumer): Promise<void> {
  return new Promise<void>((resolve) => {
    consumer.on(consumer.events.GROUP_JOIN, () => resolve());
  });
}
