import { randomUUID } from 'node:crypto';
import { deadLetterTopic, findEventDefinition, SOURCES, TOPICS } from '@samvirke/contracts';
import {
  dropSchema,
  readTopic,
  recordEvents,
  sendRaw,
  startEffectApp,
  uniqueSuiteId,
  waitFor,
  type EffectApp,
} from '@samvirke/testing';
import { encodeEnvelopeHeaders } from '../cloud-event-codec.js';

/**
 * Real PostgreSQL and Kafka: the consumer's inbox, retries and dead letters — with a handler per
 * event (@OnEvent) and with a handler that takes runs of events (@OnEvents).
 */
const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
let effects: EffectApp;
let topic: string;
let deadLetters: string;

async function effectsNamed(names: string[]): Promise<Record<string, number>> {
  const rows: { name: string; count: string }[] = await effects.dataSource.query(
    `SELECT name, count(*)::text AS count FROM test_effect WHERE name = ANY($1) GROUP BY name`,
    [names],
  );
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.count)]));
}

/** Headers of a readable CloudEvent, from its type's own service unless said otherwise. */
function validHeaders(
  type: string,
  subject: string,
  source = findEventDefinition(type)?.source ?? '/samvirke/tests',
): Record<string, string> {
  return encodeEnvelopeHeaders({
    specversion: '1.0',
    id: randomUUID(),
    source,
    type,
    time: new Date().toISOString(),
    subject,
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
  });
}

describe.each([
  ['a handler per event', false],
  ['a batch handler', true],
])('event consumer with %s', (label, batchHandler) => {
  const suite = uniqueSuiteId(`consumer ${batchHandler ? 'batch' : 'single'}`);
  const prefix = `${suite}.`;

  beforeAll(async () => {
    topic = `${prefix}${TOPICS.partners}`;
    deadLetters = `${prefix}${deadLetterTopic('effects')}`;
    effects = await startEffectApp({ schema: suite, topicPrefix: prefix, maxAttempts: 3, batchHandler });
  }, 60_000);

  afterAll(async () => {
    await effects.close();
    await dropSchema(suite, ['samvirke_partners']);
  }, 60_000);

  it('applies a stream of events exactly once each, in order per aggregate', async () => {
    const subjects = [randomUUID(), randomUUID(), randomUUID()];
    const names = Array.from({ length: 300 }, (_, index) => `stream-${label}-${index}`);
    await recordEvents(
      effects,
      names.map((name, index) => ({ subject: subjects[index % 3], name })),
      100,
    );
    await waitFor('every event of the stream', async () => {
      const applied = await effectsNamed(names);
      return Object.keys(applied).length === names.length ? applied : undefined;
    });
    expect(Object.values(await effectsNamed(names)).every((count) => count === 1)).toBe(true);
    for (const subject of subjects) {
      const rows: { name: string }[] = await effects.dataSource.query(
        `SELECT name FROM test_effect WHERE subject = $1 ORDER BY id`,
        [subject],
      );
      const order = rows.map((row) => Number(row.name.split('-').pop()));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('dead-letters a poison message after the configured attempts and keeps processing later ones', async () => {
    const subject = randomUUID();
    await recordEvents(effects, [
      { subject, name: 'before-poison' },
      { subject, name: 'poison-1' },
      { subject, name: 'after-poison-1' },
      { subject, name: 'after-poison-2' },
    ]);
    await waitFor('events after the poison message to be applied', async () => {
      const applied = await effectsNamed(['before-poison', 'after-poison-1', 'after-poison-2']);
      return Object.keys(applied).length === 3 ? applied : undefined;
    });
    expect(await effectsNamed(['before-poison', 'after-poison-1', 'after-poison-2', 'poison-1'])).toEqual({
      'before-poison': 1,
      'after-poison-1': 1,
      'after-poison-2': 1,
    });
    const [dead] = await readTopic(brokers, deadLetters, (messages) =>
      messages.some((message) => message.headers['dlt_reason'] === 'handler-failed'),
    ).then((messages) => messages.filter((message) => message.headers['dlt_reason'] === 'handler-failed'));
    expect(dead?.key).toBe(subject);
    expect(dead?.headers).toMatchObject({
      dlt_attempts: '3',
      dlt_consumer: 'effects',
      dlt_original_topic: topic,
      ce_type: 'dk.samvirke.partners.organisation.registered.v1',
    });
    expect(dead?.headers['dlt_error']).toContain('poison pill poison-1 (attempt 3)');
    const inbox: { outcome: string }[] = await effects.dataSource.query(
      `SELECT outcome FROM inbox_message WHERE event_id = $1`,
      [dead?.headers['ce_id']],
    );
    expect(inbox).toEqual([{ outcome: 'dead-lettered' }]);
  });

  it('accounts for garbage bytes, an unknown event type, a contract violation and events foreign to the topic without stopping', async () => {
    const subject = randomUUID();
    await sendRaw(brokers, topic, [
      { key: subject, value: Buffer.from([0xde, 0xad, 0xbe, 0xef]) },
      {
        key: subject,
        value: '{"organisationId":"x"}',
        headers: validHeaders('dk.samvirke.partners.organisation.exploded.v9', subject),
      },
      {
        key: subject,
        value: '{"organisationId":"not-a-uuid"}',
        headers: validHeaders('dk.samvirke.partners.organisation.registered.v1', subject),
      },
      // Another service's event type on partners' topic, and partners' type from another service.
      {
        key: subject,
        value: '{}',
        headers: validHeaders('dk.samvirke.grants.tranche.paid.v1', subject),
      },
      {
        key: subject,
        value: '{}',
        headers: validHeaders('dk.samvirke.partners.organisation.registered.v1', subject, SOURCES.grants),
      },
    ]);
    await recordEvents(effects, [{ subject, name: 'after-garbage' }]);
    await waitFor(
      'the event after the garbage to be applied',
      async () => (await effectsNamed(['after-garbage']))['after-garbage'],
    );
    // All five bad messages have come to the dead letters.
    const reasons = await readTopic(
      brokers,
      deadLetters,
      (messages) => messages.filter((message) => message.key === subject).length >= 5,
    ).then((messages) =>
      messages.filter((message) => message.key === subject).map((message) => message.headers['dlt_reason']),
    );
    expect(reasons.sort()).toEqual([
      'contract-violation',
      'undecodable',
      'unknown-type',
      'wrong-topic',
      'wrong-topic',
    ]);
    const [garbage] = await readTopic(brokers, deadLetters, (messages) =>
      messages.some((message) => message.key === subject && message.headers['dlt_reason'] === 'undecodable'),
    ).then((messages) =>
      messages.filter(
        (message) => message.key === subject && message.headers['dlt_reason'] === 'undecodable',
      ),
    );
    expect(garbage?.value).toEqual(Buffer.from([0xde, 0xad, 0xbe, 0xef]));
  });

  it('changes nothing when the same event is delivered again', async () => {
    const subject = randomUUID();
    await recordEvents(effects, [{ subject, name: 'delivered-twice' }]);
    await waitFor(
      'the first delivery',
      async () => (await effectsNamed(['delivered-twice']))['delivered-twice'],
    );
    const [original] = await readTopic(brokers, topic, (messages) =>
      messages.some((message) => message.key === subject),
    ).then((messages) => messages.filter((message) => message.key === subject));
    await sendRaw(brokers, topic, [{ key: subject, value: original.value, headers: original.headers }]);
    await recordEvents(effects, [{ subject, name: 'after-redelivery' }]);
    await waitFor(
      'the event after the redelivery',
      async () => (await effectsNamed(['after-redelivery']))['after-redelivery'],
    );
    expect(await effectsNamed(['delivered-twice'])).toEqual({ 'delivered-twice': 1 });
  });
});
