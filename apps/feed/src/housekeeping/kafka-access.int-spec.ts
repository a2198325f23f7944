import { randomUUID } from 'node:crypto';
import kafkajs, {
  Kafka,
  logLevel,
  type Admin,
  type Consumer,
  type LogEntry,
  type SASLOptions,
} from 'kafkajs';
import {
  PUBLIC_ORGANISATIONS_TOPIC,
  PUBLIC_TOPIC_PREFIX,
  PUBLIC_TOPICS,
  publicProgrammeTopic,
  TOPICS,
} from '@samvirke/contracts';
import { clientToken, DEMO_CLIENTS, KafkaBroker, readTopic, userToken, waitFor } from '@samvirke/testing';
import { integrationAcls, integrationGroupPrefix } from './housekeeping.rules.js';
import { provisionKafkaAccess } from './kafka-access.provisioner.js';
import { readFirst as readFirstMessage } from '../../test/first-message.js';

/**
 * Kafka for integrations on a private broker configured like the shared one
 * (infra/kafka/integration-listener.properties.template): clients log in with their Keycloak
 * client's token over SASL/OAUTHBEARER, and the feed's ACLs let them read public topics only,
 * in consumer groups under their own prefix. The internal listener stays open for the services.
 */
const KEYCLOAK_URL = process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080';
const demo = DEMO_CLIENTS.integration.clientId;
const other = 'samvirke-integration-other';
const prefix = `kafka_access_${randomUUID().slice(0, 8)}.`;
const publicTopic = `${prefix}${PUBLIC_ORGANISATIONS_TOPIC}`;
/** Every programme's public events together, for the services (notifications' webhooks) only. */
const allProgrammesTopic = `${prefix}${PUBLIC_TOPICS.partners}`;
const programmeA = randomUUID();
const programmeB = randomUUID();
const topicA = `${prefix}${publicProgrammeTopic(programmeA)}`;
const topicB = `${prefix}${publicProgrammeTopic(programmeB)}`;
const internalTopic = `${prefix}${TOPICS.partners}`;

let broker: KafkaBroker;
let internalAdmin: Admin;
const consumers: Consumer[] = [];

/** kafkajs swallows some broker errors into its debug log (e.g. refusals while finding a group coordinator). */
const kafkajsLog: LogEntry['log'][] = [];

function integrationKafka(sasl: SASLOptions): Kafka {
  return new Kafka({
    clientId: 'integration-test',
    brokers: broker.integrationBrokers,
    sasl,
    logLevel: logLevel.DEBUG,
    logCreator: () => (entry) => {
      kafkajsLog.push(entry.log);
    },
    // Refusals (authentication, authorisation) are not retried by kafkajs; a coordinator still
    // loading is.
    retry: { retries: 5, initialRetryTime: 200 },
  });
}

/** The way an integration connects: a fresh client-credentials token from Keycloak for each login. */
function asClient(clientId: string): Kafka {
  return integrationKafka({
    mechanism: 'oauthbearer',
    oauthBearerProvider: async () => ({ value: await clientToken(clientId, `${clientId}-dev-secret`) }),
  });
}

const readFirst = async (kafka: Kafka, groupId: string, topic: string): Promise<string> =>
  (await readFirstMessage(kafka, groupId, topic, consumers)).value;

beforeAll(async () => {
  broker = await KafkaBroker.create({ integrationListener: { keycloakUrl: KEYCLOAK_URL } });
  await broker.start();
  internalAdmin = broker.client().admin();
  await internalAdmin.connect();
  await internalAdmin.createTopics({
    waitForLeaders: true,
    topics: [publicTopic, internalTopic, allProgrammesTopic, topicA, topicB].map((topic) => ({
      topic,
      numPartitions: 1,
    })),
  });
  const producer = broker.client().producer();
  await producer.connect();
  await producer.send({ topic: publicTopic, messages: [{ key: 'p', value: 'public event' }] });
  await producer.send({ topic: internalTopic, messages: [{ key: 'i', value: 'internal event' }] });
  await producer.send({ topic: allProgrammesTopic, messages: [{ key: 'p', value: 'every programme' }] });
  await producer.send({ topic: topicA, messages: [{ key: 'a', value: 'programme A' }] });
  await producer.send({ topic: topicB, messages: [{ key: 'b', value: 'programme B' }] });
  await producer.disconnect();
  await provisionKafkaAccess(
    internalAdmin,
    [
      { clientId: demo, programmeIds: [programmeA] },
      { clientId: other, programmeIds: [programmeB] },
    ],
    prefix,
  );
  // The first consumer group creates __consumer_offsets; let an internal one wait for that.
  const warmup = broker.client().consumer({
    groupId: `${prefix}warmup`,
  });
  await warmup.connect();
  await warmup.subscribe({ topics: [internalTopic] });
  const joined = new Promise<void>((resolve) => warmup.on(warmup.events.GROUP_JOIN, () => resolve()));
  await warmup.run({ eachMessage: () => Promise.resolve() });
  await joined;
  await warmup.disconnect();
}, 240_000);

afterAll(async () => {
  await Promise.allSettled(consumers.map((consumer) => consumer.disconnect()));
  await internalAdmin?.disconnect();
  await broker?.destroy();
}, 60_000);

describe('Kafka for integrations (SASL/OAUTHBEARER with Keycloak client tokens, ACLs)', () => {
  it('lets an integration client read a public topic in a group under its own prefix', async () => {
    const value = await readFirst(asClient(demo), `${integrationGroupPrefix(demo)}reader`, publicTopic);
    expect(value).toBe('public event');
  });

  it("reads the topic of a programme granted, is refused another programme's and the all-programmes topic", async () => {
    const group = integrationGroupPrefix(demo);
    expect(await readFirst(asClient(demo), `${group}a`, topicA)).toBe('programme A');
    await expect(readFirst(asClient(demo), `${group}b`, topicB)).rejects.toMatchObject({
      type: 'TOPIC_AUTHORIZATION_FAILED',
    });
    await expect(readFirst(asClient(demo), `${group}all`, allProgrammesTopic)).rejects.toMatchObject({
      type: 'TOPIC_AUTHORIZATION_FAILED',
    });
    expect(await readFirst(asClient(other), `${integrationGroupPrefix(other)}b`, topicB)).toBe('programme B');
  });

  it('removes the ACL of a revoked programme and an older prefix over every public topic', async () => {
    // What the feed created before topics per programme: every public topic to every integration.
    await internalAdmin.createAcls({
      acl: [
        {
          ...integrationAcls(demo, prefix)[0],
          resourceName: `${prefix}${PUBLIC_TOPIC_PREFIX}`,
          resourcePatternType: kafkajs.ResourcePatternTypes.PREFIXED,
        },
      ],
    });
    const removed = await provisionKafkaAccess(internalAdmin, [{ clientId: demo, programmeIds: [] }], prefix);
    expect(removed).toBe(3);
    await expect(
      readFirst(asClient(demo), `${integrationGroupPrefix(demo)}a2`, topicA),
    ).rejects.toMatchObject({
      type: 'TOPIC_AUTHORIZATION_FAILED',
    });
    expect(await readFirst(asClient(demo), `${integrationGroupPrefix(demo)}org`, publicTopic)).toBe(
      'public event',
    );
  });

  it('refuses the integration client an internal topic', async () => {
    await expect(
      readFirst(asClient(demo), `${integrationGroupPrefix(demo)}sneaky`, internalTopic),
    ).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });
  });

  it("refuses the integration client another client's consumer-group prefix", async () => {
    const groupId = `${integrationGroupPrefix(other)}stolen`;
    await expect(readFirst(asClient(demo), groupId, publicTopic)).rejects.toThrow(
      'Failed to find group coordinator',
    );
    const refusals = kafkajsLog
      .filter((log) => log['groupId'] === groupId)
      .map((log) => (log['error'] as { type?: string } | undefined)?.type);
    expect(refusals).toContain('GROUP_AUTHORIZATION_FAILED');
  });

  it('refuses writing to a public topic', async () => {
    const producer = asClient(demo).producer();
    await producer.connect();
    try {
      await expect(
        producer.send({ topic: publicTopic, messages: [{ value: 'forged' }] }),
      ).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });
    } finally {
      await producer.disconnect();
    }
  });

  it('refuses a token without the samvirke-kafka audience (a person logged in through the gateway)', async () => {
    const admin = integrationKafka({
      mechanism: 'oauthbearer',
      oauthBearerProvider: async () => ({ value: await userToken('platform.admin') }),
    }).admin();
    // kafkajs reports the refused SASL exchange on the first request, not on connect().
    await expect(admin.connect().then(() => admin.listTopics())).rejects.toThrow();
    await admin.disconnect();
  });

  it('refuses a forged token (signature altered)', async () => {
    const admin = integrationKafka({
      mechanism: 'oauthbearer',
      oauthBearerProvider: async () => {
        const [header, payload] = (await clientToken(demo, `${demo}-dev-secret`)).split('.');
        return { value: `${header}.${payload}.${Buffer.from('forged').toString('base64url')}` };
      },
    }).admin();
    // kafkajs reports the refused SASL exchange on the first request, not on connect().
    await expect(admin.connect().then(() => admin.listTopics())).rejects.toThrow();
    await admin.disconnect();
  });

  it('keeps the internal listener open to the services as before (idempotent producer, consumer groups)', async () => {
    const seen = await waitFor('the internal listener to list the topics', async () => {
      const topics = await internalAdmin.listTopics();
      return topics.includes(internalTopic) ? topics : undefined;
    });
    expect(seen).toContain(publicTopic);
    // What the outbox relay does: an idempotent, acks=all producer.
    const producer = broker.client().producer({
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await producer.connect();
    await producer.send({
      topic: internalTopic,
      acks: -1,
      messages: [{ key: 'i', value: 'from a service' }],
    });
    await producer.disconnect();
    const read = await readTopic(broker.brokers, internalTopic, (messages) => messages.length >= 2);
    expect(read.map((message) => message.value?.toString())).toEqual(['internal event', 'from a service']);
  });
});
