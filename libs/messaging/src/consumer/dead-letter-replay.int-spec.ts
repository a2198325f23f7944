import { randomUUID } from 'node:crypto';
import { TOPICS, type DeadLetter, type DeadLetterReplay } from '@samvirke/contracts';
import { metricsRegistry } from '@samvirke/platform';
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
import { pruneInbox } from '../inbox/inbox-pruner.js';

/**
 * Real PostgreSQL and Kafka: a consumer's dead letters are listed, counted for alerting and
 * replayed through the handler once the cause is fixed, exactly once in effect; the inbox is
 * pruned past its retention window and still refuses a recent duplicate.
 */
const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const suite = uniqueSuiteId('dead letter replay');
const prefix = `${suite}.`;
const topic = `${prefix}${TOPICS.partners}`;
const flaky = { failing: true };
let effects: EffectApp;
let url: string;

beforeAll(async () => {
  effects = await startEffectApp({ schema: suite, topicPrefix: prefix, maxAttempts: 2, flaky });
  await effects.app.listen(0, '127.0.0.1');
  url = (await effects.app.getUrl()).replace('[::1]', '127.0.0.1');
}, 60_000);

afterAll(async () => {
  await effects.close();
  await dropSchema(suite, ['samvirke_partners']);
}, 60_000);

async function applied(name: string): Promise<number> {
  const [row] = await effects.dataSource.query<{ count: string }[]>(
    `SELECT count(*)::text AS count FROM test_effect WHERE name = $1`,
    [name],
  );
  return Number(row?.count);
}

async function deadLetters(state = 'unreplayed'): Promise<DeadLetter[]> {
  const response = await fetch(`${url}/dead-letters?state=${state}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: DeadLetter[] }).items;
}

function replay(id: string): Promise<Response> {
  return fetch(`${url}/dead-letters/${id}/replay`, { method: 'POST' });
}

/** The value of a metric's series with these labels (among others), as /metrics shows it. */
async function metric(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const text = await metricsRegistry.metrics();
  const match = text
    .split('\n')
    .find(
      (entry) =>
        entry.startsWith(`${name}{`) &&
        Object.entries(labels).every(([label, value]) => entry.includes(`${label}="${value}"`)),
    );
  return match === undefined ? undefined : Number(match.split(' ').pop());
}

/** Records a flaky event and waits until the consumer has given up on it. */
async function deadLettered(name: string): Promise<DeadLetter> {
  const [event] = await recordEvents(effects, [{ subject: randomUUID(), name }]);
  return waitFor(`${name} to be dead-lettered`, async () =>
    (await deadLetters()).find((letter) => letter.eventId === event?.id),
  );
}

describe('replaying a consumer dead letter', () => {
  it('lists a failed event, alerts on it, refuses a replay while the cause lasts, then applies it once', async () => {
    flaky.failing = true;
    const letter = await deadLettered('flaky-revocation');
    expect(letter).toMatchObject({
      consumer: 'effects',
      eventType: 'dk.samvirke.partners.organisation.registered.v1',
      topic,
      reason: 'handler-failed',
      attempts: 2,
      replayedAt: null,
    });
    expect(letter.error).toContain('flaky flaky-revocation is failing');
    expect(await applied('flaky-revocation')).toBe(0);
    const unreplayed = (): Promise<number | undefined> =>
      metric('samvirke_consumer_dead_letters_unreplayed', { consumer: 'effects', topic });
    await waitFor('the unreplayed gauge to count it', async () => (await unreplayed()) === 1);
    expect(
      await metric('samvirke_consumer_dead_letters_total', {
        consumer: 'effects',
        topic,
        reason: 'handler-failed',
      }),
    ).toBe(1);

    // The cause is still there: nothing is applied, the error is kept, the letter stays listed.
    const refused = await replay(letter.id);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { detail: string }).detail).toContain('is failing');
    expect(await applied('flaky-revocation')).toBe(0);
    const [still] = (await deadLetters()).filter((entry) => entry.id === letter.id);
    expect(still?.replayError).toContain('is failing');

    flaky.failing = false;
    const first = await replay(letter.id);
    expect(first.status).toBe(200);
    const replayed = (await first.json()) as DeadLetterReplay;
    expect(replayed.outcome).toBe('replayed');
    expect(replayed.deadLetter.replayedAt).not.toBeNull();
    expect(await applied('flaky-revocation')).toBe(1);
    const inbox = await effects.dataSource.query<{ outcome: string }[]>(
      `SELECT outcome FROM inbox_message WHERE consumer = 'effects' AND event_id = $1`,
      [letter.eventId],
    );
    expect(inbox).toEqual([{ outcome: 'handled' }]);
    expect(await unreplayed()).toBe(0);
    expect((await deadLetters()).some((entry) => entry.id === letter.id)).toBe(false);
    expect((await deadLetters('replayed')).some((entry) => entry.id === letter.id)).toBe(true);

    // Again: nothing changes.
    const second = await replay(letter.id);
    expect(second.status).toBe(200);
    expect(((await second.json()) as DeadLetterReplay).outcome).toBe('already-replayed');
    expect(await applied('flaky-revocation')).toBe(1);

    // Kafka delivering the original message again changes nothing either.
    const [original] = await readTopic(brokers, topic, (messages) =>
      messages.some((message) => message.headers['ce_id'] === letter.eventId),
    ).then((messages) => messages.filter((message) => message.headers['ce_id'] === letter.eventId));
    await sendRaw(brokers, topic, [
      { key: original?.key ?? undefined, value: original?.value ?? null, headers: original?.headers },
    ]);
    await recordEvents(effects, [{ subject: randomUUID(), name: 'after-replayed-redelivery' }]);
    await waitFor(
      'the event after the redelivery',
      async () => (await applied('after-replayed-redelivery')) > 0,
    );
    expect(await applied('flaky-revocation')).toBe(1);
  });

  it('applies a dead letter once when two replays race', async () => {
    flaky.failing = true;
    const letter = await deadLettered('flaky-raced');
    flaky.failing = false;
    const answers = await Promise.all([replay(letter.id), replay(letter.id)]);
    const outcomes = await Promise.all(
      answers.map(async (answer) => ((await answer.json()) as DeadLetterReplay).outcome),
    );
    expect(outcomes.sort()).toEqual(['already-replayed', 'replayed']);
    expect(await applied('flaky-raced')).toBe(1);
  });

  it('discards a dead letter no replay can apply, which then no longer counts', async () => {
    const subject = randomUUID();
    await sendRaw(brokers, topic, [{ key: subject, value: Buffer.from([0xde, 0xad, 0xbe, 0xef]) }]);
    const garbage = await waitFor('the garbage to be dead-lettered', async () =>
      (await deadLetters()).find((letter) => letter.reason === 'undecodable'),
    );
    expect(garbage.eventId).toBeNull();
    const unreplayed = (): Promise<number | undefined> =>
      metric('samvirke_consumer_dead_letters_unreplayed', { consumer: 'effects', topic });
    await waitFor('the gauge to count the garbage', async () => (await unreplayed()) === 1);
    expect((await replay(garbage.id)).status).toBe(409);

    const discard = (): Promise<Response> =>
      fetch(`${url}/dead-letters/${garbage.id}/discard`, { method: 'POST' });
    const discarded = await discard();
    expect(discarded.status).toBe(200);
    expect(((await discarded.json()) as DeadLetter).discardedAt).not.toBeNull();
    expect((await deadLetters()).some((letter) => letter.id === garbage.id)).toBe(false);
    expect((await deadLetters('discarded')).map((letter) => letter.id)).toEqual([garbage.id]);
    expect(await unreplayed()).toBe(0);
    expect((await discard()).status).toBe(200);
    const refused = await replay(garbage.id);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { detail: string }).detail).toContain('discarded');
  });

  it('answers 404 for a dead letter that does not exist', async () => {
    const response = await replay(randomUUID());
    expect(response.status).toBe(404);
  });
});

describe('inbox retention', () => {
  it('prunes rows past the window in batches and still refuses a recent duplicate', async () => {
    const old = Array.from({ length: 5 }, () => randomUUID());
    await effects.dataSource.query(
      `INSERT INTO inbox_message (consumer, event_id, event_type, outcome, handled_at)
       SELECT 'effects', id, 'old.type', 'handled', now() - interval '15 days' FROM unnest($1::uuid[]) AS id`,
      [old],
    );
    const subject = randomUUID();
    const [recent] = await recordEvents(effects, [{ subject, name: 'recent-before-prune' }]);
    await waitFor('the recent event', async () => (await applied('recent-before-prune')) > 0);

    // Batches of 2: the pruner keeps going until no old row is left.
    expect(await pruneInbox(effects.dataSource, 14, 2)).toBe(5);
    const left = await effects.dataSource.query<{ event_id: string }[]>(
      `SELECT event_id FROM inbox_message WHERE event_id = ANY($1::uuid[])`,
      [[...old, recent?.id]],
    );
    expect(left.map((row) => row.event_id)).toEqual([recent?.id]);
    expect(await effects.relay?.pruneInbox()).toBe(0);

    const [original] = await readTopic(brokers, topic, (messages) =>
      messages.some((message) => message.headers['ce_id'] === recent?.id),
    ).then((messages) => messages.filter((message) => message.headers['ce_id'] === recent?.id));
    await sendRaw(brokers, topic, [
      { key: subject, value: original?.value ?? null, headers: original?.headers },
    ]);
    await recordEvents(effects, [{ subject, name: 'after-pruned-redelivery' }]);
    await waitFor(
      'the event after the redelivery',
      async () => (await applied('after-pruned-redelivery')) > 0,
    );
    expect(await applied('recent-before-prune')).toBe(1);
  });
});
