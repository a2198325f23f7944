import { randomUUID } from 'node:crypto';
import type { RenewableProducer } from '../renewable-producer.js';
import { organisationRegisteredV1, TOPICS } from '@samvirke/contracts';
import {
  dropSchema,
  effectMessagingConfig,
  KafkaBroker,
  readTopic,
  recordEvents,
  startEffectApp,
  uniqueSuiteId,
  waitFor,
  type EffectApp,
} from '@samvirke/testing';
import { dependencyUp } from '@samvirke/platform';
import { outboxBacklog } from '../metrics.js';
import { OutboxRelay } from './relay/outbox-relay.js';

/** Real PostgreSQL and Kafka: the outbox relay when Kafka goes away and when relays compete. */
async function pending(effects: EffectApp): Promise<number> {
  const [row] = await effects.dataSource.query<{ count: string }[]>(
    `SELECT count(*)::text AS count FROM outbox_message WHERE published_at IS NULL`,
  );
  return Number(row?.count);
}

describe('outbox relay with Kafka stopped and restarted', () => {
  const suite = uniqueSuiteId('relay_outage');
  let broker: KafkaBroker;
  let effects: EffectApp;

  beforeAll(async () => {
    broker = await KafkaBroker.create();
    await broker.start();
    effects = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, brokers: broker.brokers });
    await effects.app.listen(0, '127.0.0.1');
  }, 120_000);

  afterAll(async () => {
    await effects?.close();
    await broker?.destroy();
    await dropSchema(suite, ['samvirke_partners']);
  }, 60_000);

  it('delivers every one of 1,000 events written while Kafka was down, each applied once', async () => {
    await recordEvents(effects, [{ subject: randomUUID(), name: 'warm-up' }]);
    await waitFor('the warm-up event', async () => (await pending(effects)) === 0);

    await broker.stop();
    const events = Array.from({ length: 1_000 }, (_, index) => ({
      subject: randomUUID(),
      name: `outage-${index}`,
    }));
    await recordEvents(effects, events, 25);
    expect(await pending(effects)).toBe(1_000);
    // Writes work without Kafka, so the service stays ready; Kafka's state is in the details.
    const url = (await effects.app.getUrl()).replace('[::1]', '127.0.0.1');
    const ready = await fetch(`${url}/health/ready`);
    const health = (await ready.json()) as { status: string; checks: Record<string, string> };
    expect(ready.status).toBe(200);
    expect(health.status).toBe('degraded');
    expect(health.checks['database']).toBe('up');
    expect(health.checks['kafka']).toMatch(/^down: /);
    expect(
      (await dependencyUp.get()).values.find((value) => value.labels.dependency === 'kafka')?.value,
    ).toBe(0);
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    // The backlog gauge keeps counting while Kafka is away, which is when it matters.
    await waitFor(
      'the backlog gauge to show the 1,000 waiting events',
      async () => (await outboxBacklog.get()).values[0]?.value === 1_000,
      { timeoutMs: 30_000, intervalMs: 250 },
    );

    await broker.start();
    await waitFor('the outbox to drain', async () => (await pending(effects)) === 0, {
      timeoutMs: 120_000,
      intervalMs: 250,
    });
    const applied = await waitFor(
      'all 1,001 effects',
      async () => {
        const [row] = await effects.dataSource.query<{ events: string; rows: string }[]>(
          `SELECT count(DISTINCT event_id)::text AS events, count(*)::text AS rows FROM test_effect`,
        );
        return Number(row?.events) === 1_001 ? row : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    expect(applied).toEqual({ events: '1001', rows: '1001' });
    const names = await effects.dataSource.query<{ name: string }[]>(
      `SELECT name FROM test_effect WHERE name LIKE 'outage-%'`,
    );
    expect(new Set(names.map((row) => row.name))).toEqual(new Set(events.map((event) => event.name)));
    await waitFor('readiness to report Kafka up again', async () => {
      const health = (await (await fetch(`${url}/health/ready`)).json()) as {
        checks: Record<string, string>;
      };
      return health.checks['kafka'] === 'up';
    });
  }, 240_000);
});

describe('two outbox relays on one outbox', () => {
  const suite = uniqueSuiteId('relay_pair');
  const prefix = `${suite}.`;
  const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
  let effects: EffectApp;
  let second: OutboxRelay;

  beforeAll(async () => {
    effects = await startEffectApp({ schema: suite, topicPrefix: prefix, consumer: false });
    second = new OutboxRelay(
      effects.dataSource,
      effectMessagingConfig({ schema: suite, topicPrefix: prefix }),
    );
    await second.start();
  }, 60_000);

  afterAll(async () => {
    await second?.stop();
    await effects?.close();
    await dropSchema(suite, ['samvirke_partners']);
  }, 60_000);

  it('publishes each event once and in order per aggregate, also when the publishing relay stops', async () => {
    const aggregates = Array.from({ length: 20 }, () => randomUUID());
    const events = Array.from({ length: 2_000 }, (_, index) => {
      const aggregate = index % aggregates.length;
      return { subject: aggregates[aggregate], name: `seq-${Math.floor(index / aggregates.length)}` };
    });
    await waitFor('one relay to lead', () => effects.relay!.isLeader !== second.isLeader);
    expect([effects.relay!.isLeader, second.isLeader].filter(Boolean)).toHaveLength(1);

    await recordEvents(effects, events.slice(0, 1_000), 20);
    // Hand over: the leading relay stops while events keep coming; the other one takes over.
    const leader = effects.relay!.isLeader ? effects.relay! : second;
    const follower = leader === second ? effects.relay! : second;
    await Promise.all([leader.stop(), recordEvents(effects, events.slice(1_000), 20)]);
    await waitFor('the other relay to lead', () => follower.isLeader, { timeoutMs: 30_000 });
    await waitFor('the outbox to drain', async () => (await pending(effects)) === 0, { timeoutMs: 60_000 });

    const ours = new Set<string>(aggregates);
    const messages = await readTopic(brokers, `${prefix}${TOPICS.partners}`, (seen) => seen.length >= 2_000);
    const received = messages.filter((message) => message.key !== null && ours.has(message.key));
    const ids = received.map((message) => message.headers['ce_id']);
    expect(received).toHaveLength(2_000);
    expect(new Set(ids).size).toBe(2_000);
    for (const aggregate of aggregates) {
      const sequence = received
        .filter((message) => message.key === aggregate)
        .map((message) =>
          Number((JSON.parse(message.value!.toString('utf8')) as { name: string }).name.slice(4)),
        );
      expect(sequence).toEqual(Array.from({ length: 100 }, (_, index) => index));
    }
  }, 180_000);
});

describe('outbox relay wake-up and retention', () => {
  const suite = uniqueSuiteId('relay_notify');
  const prefix = `${suite}.`;
  let effects: EffectApp;
  let relay: OutboxRelay;

  beforeAll(async () => {
    effects = await startEffectApp({ schema: suite, topicPrefix: prefix, consumer: false, relay: false });
    // Polling once a minute: anything faster than that is the NOTIFY from the insert trigger.
    relay = new OutboxRelay(effects.dataSource, {
      ...effectMessagingConfig({ schema: suite, topicPrefix: prefix }),
      outboxPollIntervalMs: 60_000,
      outboxRetentionHours: 1 / 3_600,
    });
    await relay.start();
    await waitFor('the relay to lead', () => relay.isLeader);
  }, 60_000);

  afterAll(async () => {
    await relay?.stop();
    await effects?.close();
    await dropSchema(suite, ['samvirke_partners']);
  }, 60_000);

  it('publishes a committed event at once, woken by NOTIFY rather than the poll', async () => {
    await waitFor('the relay to wait for work', () => relay.isIdle);
    const started = Date.now();
    await recordEvents(effects, [{ subject: randomUUID(), name: 'notified' }]);
    await waitFor('the event to be published', async () => (await pending(effects)) === 0, {
      timeoutMs: 20_000,
    });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('goes back for a row whose transaction commits after rows with higher positions were published', async () => {
    const late = randomUUID();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let taken: () => void = () => undefined;
    const positionTaken = new Promise<void>((resolve) => (taken = resolve));
    // This transaction takes its position first and commits last.
    const slow = effects.dataSource.transaction(async (manager) => {
      await effects.outbox.recordAll(manager, [
        {
          definition: organisationRegisteredV1,
          data: {
            organisationId: late,
            name: 'committed-late',
            type: 'ngo',
            cvr: null,
            kommunekode: null,
            registeredAt: new Date().toISOString(),
          },
          options: { subject: late },
        },
      ]);
      taken();
      await held;
    });
    await positionTaken;
    const [overtaking] = await recordEvents(effects, [{ subject: randomUUID(), name: 'overtakes' }]);
    const published = async (id: string): Promise<boolean> => {
      const [row] = await effects.dataSource.query<{ published: boolean }[]>(
        `SELECT published_at IS NOT NULL AS published FROM outbox_message WHERE id = $1`,
        [id],
      );
      return row?.published === true;
    };
    await waitFor('the overtaking row to be published', () => published(overtaking.id), {
      timeoutMs: 20_000,
    });
    await waitFor('the relay to wait for work', () => relay.isIdle);
    release();
    await slow;
    // The relay polls once a minute here: only the late commit's NOTIFY can take it back.
    await waitFor('the late row to be published', async () => (await pending(effects)) === 0, {
      timeoutMs: 20_000,
    });
    const [row] = await effects.dataSource.query<{ position: string }[]>(
      `SELECT position FROM outbox_message WHERE message_key = $1`,
      [late],
    );
    const [after] = await effects.dataSource.query<{ position: string }[]>(
      `SELECT position FROM outbox_message WHERE id = $1`,
      [overtaking.id],
    );
    expect(BigInt(row.position)).toBeLessThan(BigInt(after.position));
  });

  it("starts a new producer when Kafka refuses the old one's sequence state, and publishes on", async () => {
    // What kafkajs's idempotent producer does after a request failed as a broker died (seen in the
    // broker fault test): every send from then on is refused with OUT_OF_ORDER_SEQUENCE_NUMBER.
    const internals = relay as unknown as { producer: RenewableProducer };
    const refused = internals.producer.current;
    let refusals = 0;
    refused.sendBatch = () => {
      refusals += 1;
      const error = new Error('The broker received an out of order sequence number');
      return Promise.reject(
        Object.assign(error, { name: 'KafkaJSProtocolError', type: 'OUT_OF_ORDER_SEQUENCE_NUMBER' }),
      );
    };
    await recordEvents(effects, [{ subject: randomUUID(), name: 'after-refusal' }]);
    await waitFor('the event to be published by a new producer', async () => (await pending(effects)) === 0, {
      timeoutMs: 20_000,
    });
    expect(refusals).toBe(1);
    expect(internals.producer.current).not.toBe(refused);
  });

  it('prunes published rows older than the retention window and keeps pending ones', async () => {
    await recordEvents(effects, [{ subject: randomUUID(), name: 'to-prune' }]);
    await waitFor('the event to be published', async () => (await pending(effects)) === 0, {
      timeoutMs: 20_000,
    });
    await effects.dataSource.query(`UPDATE outbox_message SET published_at = now() - interval '1 hour'`);
    const [published] = await effects.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM outbox_message`,
    );
    // The row inserted by hand below is no real event; the relay must not pick it up.
    await relay.stop();
    await effects.dataSource.query(
      `INSERT INTO outbox_message (id, topic, message_key, event_type, headers, payload, published_at)
       VALUES ($1, 'never-sent', 'k', 'dk.samvirke.partners.organisation.registered.v1', '{}', '{}', NULL)`,
      [randomUUID()],
    );
    // Every row the tests above published goes; the pending one stays.
    expect(await relay.prune()).toBe(published?.count);
    const [row] = await effects.dataSource.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM outbox_message`,
    );
    expect(row?.count).toBe('1');
  });
});
