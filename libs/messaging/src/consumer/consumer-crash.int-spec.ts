import { randomUUID } from 'node:crypto';
import {
  dropSchema,
  recordEvents,
  spawnCompiled,
  startEffectApp,
  uniqueSuiteId,
  waitFor,
  type EffectApp,
} from '@samvirke/testing';

/**
 * Real PostgreSQL and Kafka: a consumer process killed with SIGKILL in the middle of a stream
 * and started again applies every event exactly once.
 */
const suite = uniqueSuiteId('consumer_crash');
const env = { DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.`, EFFECT_HANDLER_DELAY_MS: '1' };
const script = 'libs/testing/dist/fixtures/effect-consumer.main.js';
let producer: EffectApp;
const children: ReturnType<typeof spawnCompiled>[] = [];

beforeAll(async () => {
  producer = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, consumer: false });
}, 60_000);

afterAll(async () => {
  for (const { child } of children) child.kill('SIGKILL');
  await producer?.close();
  await dropSchema(suite, ['samvirke_partners']);
}, 60_000);

async function counts(): Promise<{ events: number; rows: number }> {
  const [row] = await producer.dataSource.query<{ events: string; rows: string }[]>(
    `SELECT count(DISTINCT event_id)::text AS events, count(*)::text AS rows FROM test_effect`,
  );
  return { events: Number(row?.events), rows: Number(row?.rows) };
}

function startConsumer(): ReturnType<typeof spawnCompiled> {
  const process = spawnCompiled(script, [], env, 'effect-consumer');
  children.push(process);
  return process;
}

it('applies every effect exactly once after the consumer is killed mid-stream', async () => {
  const total = 3_000;
  const events = Array.from({ length: total }, (_, index) => ({
    subject: randomUUID(),
    name: `crash-${index}`,
  }));
  await recordEvents(producer, events, 100);

  const first = startConsumer();
  await waitFor('the consumer to be part-way through', async () => (await counts()).events >= 500, {
    timeoutMs: 90_000,
    intervalMs: 20,
  });
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));
  const atKill = await counts();
  expect(atKill.events).toBeLessThan(total);

  startConsumer();
  const final = await waitFor(
    `all ${total} effects`,
    async () => {
      const now = await counts();
      return now.events === total ? now : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 200 },
  );
  expect(final).toEqual({ events: total, rows: total });
}, 240_000);
