import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import kafkajs, { Kafka, logLevel, type Consumer } from 'kafkajs';
import { PUBLIC_TOPICS, programmeCreatedV1, publicProgrammeTopic, type FeedPage } from '@samvirke/contracts';
import {
  clientToken,
  DEMO_CLIENTS,
  DEMO_ORGANISATIONS,
  dropSchema,
  KafkaBroker,
  startEffectApp,
  uniqueSuiteId,
  userToken,
  waitFor,
  type EffectApp,
} from '@samvirke/testing';
import { createFeedApp } from '../feed-app.js';
import { integrationGroupPrefix } from '../housekeeping/housekeeping.rules.js';
import { migrateFeed } from '../../test/migrate-feed.js';
import { readFirst } from '../../test/first-message.js';

/**
 * The whole way for an integration, on a private broker with the integration listener: a service
 * publishes an internal event, the feed's projector publishes the public one, and the demo
 * integration, granted the programme, reads it both from the HTTP feed and, logged in with its
 * Keycloak client, from the programme's own Kafka topic (the ACL follows the grant); another
 * programme's topic and the topic with every programme are refused, as is the programme once revoked.
 */
const suite = uniqueSuiteId('journey');
const KEYCLOAK_URL = process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080';
const clientId = DEMO_CLIENTS.integration.clientId;
let broker: KafkaBroker;
let feed: INestApplication;
let url: string;
let services: EffectApp;
const consumers: Consumer[] = [];
const group = integrationGroupPrefix(clientId);

beforeAll(async () => {
  broker = await KafkaBroker.create({ integrationListener: { keycloakUrl: KEYCLOAK_URL } });
  await broker.start();
  Object.assign(process.env, {
    KAFKA_BROKERS: broker.brokers.join(','),
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: `${suite}.`,
    OUTBOX_POLL_INTERVAL_MS: '200',
  });
  await migrateFeed();
  feed = await createFeedApp();
  await feed.listen(0, '127.0.0.1');
  url = (await feed.getUrl()).replace('[::1]', '127.0.0.1');
  services = await startEffectApp({
    schema: suite,
    topicPrefix: `${suite}.`,
    brokers: broker.brokers,
    consumer: false,
  });
}, 240_000);

afterAll(async () => {
  await Promise.allSettled(consumers.map((consumer) => consumer.disconnect()));
  await services?.close();
  await feed?.close();
  await broker?.destroy();
  await dropSchema(suite, ['samvirke_feed', 'samvirke_partners']);
}, 90_000);

/** Records programme-created in a service's outbox, as measurement does. */
async function programmeCreated(programmeId: string, name: string): Promise<void> {
  await services.dataSource.transaction((manager) =>
    services.outbox.record(
      manager,
      programmeCreatedV1,
      {
        programmeId,
        slug: name.toLowerCase().replaceAll(' ', '-'),
        name,
        status: 'planning',
        startDate: '2027-01-01',
        endDate: null,
        backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
        goals: [],
        themes: ['beskæftigelse'],
      },
      { subject: programmeId, programmeId },
    ),
  );
}

const integrationKafka = (): Kafka =>
  new Kafka({
    clientId,
    brokers: broker.integrationBrokers,
    logLevel: logLevel.NOTHING,
    sasl: { mechanism: 'oauthbearer', oauthBearerProvider: async () => ({ value: await clientToken() }) },
    retry: { retries: 5, initialRetryTime: 200 },
  });

const grantUrl = (programmeId: string) => `${url}/grants/${clientId}/programmes/${programmeId}`;

it('lets the demo integration follow a programme it is granted in the feed and on its Kafka topic, and no other programme', async () => {
  const [granted, notGranted] = [randomUUID(), randomUUID()];
  await programmeCreated(granted, 'Ung i job');
  await programmeCreated(notGranted, 'Læselyst');

  const admin = { authorization: `Bearer ${await userToken('platform.admin')}` };
  await waitFor('the feed to know the programme', async () => {
    const response = await fetch(grantUrl(granted), { method: 'PUT', headers: admin });
    return response.status === 200;
  });
  const feed = await fetch(`${url}/events?programme=${granted}`, {
    headers: { authorization: `Bearer ${await clientToken()}` },
  });
  const page = (await feed.json()) as FeedPage;
  expect(page.events.map((event) => [event.type, event.data['name']])).toEqual([
    ['dk.samvirke.public.programme.created.v1', 'Ung i job'],
  ]);

  const kafka = integrationKafka();
  const received = await readFirst(
    kafka,
    `${group}journey`,
    `${suite}.${publicProgrammeTopic(granted)}`,
    consumers,
  );
  expect(received.headers['ce_type']).toBe('dk.samvirke.public.programme.created.v1');
  expect(received.headers['ce_id']).toBe(page.events[0]?.id);
  expect(JSON.parse(received.value)).toMatchObject({ programmeId: granted, name: 'Ung i job' });

  const internal = broker.client().admin();
  await internal.connect();
  try {
    await waitFor("the feed's relay to create the other programme's topic", async () =>
      (await internal.listTopics()).includes(`${suite}.${publicProgrammeTopic(notGranted)}`),
    );
  } finally {
    await internal.disconnect();
  }
  for (const [name, topic] of [
    ['other', publicProgrammeTopic(notGranted)],
    ['all', PUBLIC_TOPICS.partners],
  ] as const) {
    await expect(readFirst(kafka, `${group}${name}`, `${suite}.${topic}`, consumers)).rejects.toMatchObject({
      type: 'TOPIC_AUTHORIZATION_FAILED',
    });
  }
});

it('takes the Kafka ACL away when the grant is revoked', async () => {
  const programmeId = randomUUID();
  await programmeCreated(programmeId, 'Sund by');
  const admin = { authorization: `Bearer ${await userToken('platform.admin')}` };
  await waitFor('the feed to know the programme', async () => {
    const response = await fetch(grantUrl(programmeId), { method: 'PUT', headers: admin });
    return response.status === 200;
  });
  const topic = `${suite}.${publicProgrammeTopic(programmeId)}`;
  expect(await aclTopicsOfClient()).toContain(topic);
  const kafka = integrationKafka();
  const before = await readFirst(kafka, `${group}before`, topic, consumers);
  expect(JSON.parse(before.value)).toMatchObject({ programmeId });

  const revoked = await fetch(grantUrl(programmeId), { method: 'DELETE', headers: admin });
  expect(revoked.status).toBe(204);
  expect(await aclTopicsOfClient()).not.toContain(topic);
  await expect(readFirst(kafka, `${group}after`, topic, consumers)).rejects.toMatchObject({
    type: 'TOPIC_AUTHORIZATION_FAILED',
  });
});

/** The topics the demo client holds an ACL binding on, as the broker lists them. */
async function aclTopicsOfClient(): Promise<string[]> {
  const admin = broker.client().admin();
  await admin.connect();
  try {
    const { resources } = await admin.describeAcls({
      resourceType: kafkajs.AclResourceTypes.TOPIC,
      resourcePatternType: kafkajs.ResourcePatternTypes.ANY,
      principal: `User:${clientId}`,
      operation: kafkajs.AclOperationTypes.ANY,
      permissionType: kafkajs.AclPermissionTypes.ANY,
    });
    return resources.map((resource) => resource.resourceName);
  } finally {
    await admin.disconnect();
  }
}
