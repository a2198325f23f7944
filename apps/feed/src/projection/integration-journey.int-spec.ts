import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { PUBLIC_TOPICS, programmeCreatedV1, type FeedPage } from '@samvirke/contracts';
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

/**
 * The whole way for an integration, on a private broker with the integration listener: a service
 * publishes an internal event, the feed's projector publishes the public one and (having
 * created the clients' ACLs at start) the demo integration reads it both from the HTTP feed and,
 * logged in with its Keycloak client, from the public Kafka topic.
 */
const suite = uniqueSuiteId('journey');
const KEYCLOAK_URL = process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080';
const clientId = DEMO_CLIENTS.integration.clientId;
let broker: KafkaBroker;
let feed: INestApplication;
let url: string;
let services: EffectApp;
let consumer: Consumer | undefined;

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
}, 180_000);

afterAll(async () => {
  await consumer?.disconnect();
  await services?.close();
  await feed?.close();
  await broker?.destroy();
  await dropSchema(suite, ['samvirke_feed', 'samvirke_partners']);
}, 90_000);

it('lets the demo integration follow a new programme in the feed and on the public Kafka topic with its Keycloak identity', async () => {
  const programmeId = randomUUID();
  await services.dataSource.transaction((manager) =>
    services.outbox.record(
      manager,
      programmeCreatedV1,
      {
        programmeId,
        slug: 'ung-i-job',
        name: 'Ung i job',
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

  const admin = { authorization: `Bearer ${await userToken('platform.admin')}` };
  await waitFor('the feed to know the programme', async () => {
    const response = await fetch(`${url}/grants/${clientId}/programmes/${programmeId}`, {
      method: 'PUT',
      headers: admin,
    });
    return response.status === 200;
  });
  const feed = await fetch(`${url}/events?programme=${programmeId}`, {
    headers: { authorization: `Bearer ${await clientToken()}` },
  });
  const page = (await feed.json()) as FeedPage;
  expect(page.events.map((event) => [event.type, event.data['name']])).toEqual([
    ['dk.samvirke.public.programme.created.v1', 'Ung i job'],
  ]);

  const kafka = new Kafka({
    clientId,
    brokers: broker.integrationBrokers,
    logLevel: logLevel.NOTHING,
    sasl: { mechanism: 'oauthbearer', oauthBearerProvider: async () => ({ value: await clientToken() }) },
  });
  consumer = kafka.consumer({ groupId: `${integrationGroupPrefix(clientId)}journey` });
  await consumer.connect();
  await consumer.subscribe({ topics: [`${suite}.${PUBLIC_TOPICS.partners}`], fromBeginning: true });
  const received = await new Promise<{ type?: string; id?: string; data: unknown }>((resolve) => {
    void consumer?.run({
      eachMessage: ({ message }) => {
        resolve({
          type: message.headers?.['ce_type']?.toString(),
          id: message.headers?.['ce_id']?.toString(),
          data: JSON.parse(message.value?.toString() ?? 'null'),
        });
        return Promise.resolve();
      },
    });
  });
  expect(received.type).toBe('dk.samvirke.public.programme.created.v1');
  expect(received.id).toBe(page.events[0]?.id);
  expect(received.data).toMatchObject({ programmeId, name: 'Ung i job' });
});
