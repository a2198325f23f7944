import { randomUUID } from 'node:crypto';
import { consumerGroupId, TOPICS } from '@samvirke/contracts';
import {
  dropSchema,
  KafkaCluster,
  prepareBulkApproval,
  recordEvents,
  startEffectApp,
  uniqueSuiteId,
  waitFor,
  type BulkApproval,
  type EffectApp,
} from '@samvirke/testing';
import { readOffsets } from '../consumer/partition-progress.js';

/**
 * Issue 20's broker fault test, on a private three-node KRaft cluster (never the shared broker):
 * 10,000 events flow outbox → Kafka (acks=all, replication 3, min.insync 2) → consumer → inbox
 * while one broker is SIGKILLed, brought back and in sync again, then another: every event is
 * applied, none twice, and the consumer keeps applying while a broker is down. What it found:
 * kafkajs's idempotent producer, after a request failed as its broker died, was refused for good
 * (OUT_OF_ORDER_SEQUENCE_NUMBER) or had its regrouped resend acknowledged as a duplicate and not
 * stored; the relay now starts a new producer after every failed send (RenewableProducer,
 * outbox-relay.int-spec.ts shows the refusal case alone, deterministically).
 *
 * Beside the stream, the compiled measurement service runs as its own process on the same cluster
 * (its own SCRAM principal and ACLs): a municipality's bulk CSV of 1,000 values, uploaded and
 * submitted before, is approved while the first broker is down, and every event measurement
 * published (the approval and the progress it changed among them) reaches a consumer exactly once;
 * measurement's own consumer takes a new programme from partners' topic during each kill.
 */
const suite = uniqueSuiteId('broker_fault');
const topic = `${suite}.${TOPICS.partners}`;
let cluster: KafkaCluster;
let effects: EffectApp;
let bulk: BulkApproval;
let written = 0;
const BULK_VALUES = 1_000;

async function applied(): Promise<{ events: number; rows: number }> {
  const [row] = await effects.dataSource.query<{ events: string; rows: string }[]>(
    `SELECT count(DISTINCT event_id)::text AS events, count(*)::text AS rows FROM test_effect`,
  );
  return { events: Number(row?.events), rows: Number(row?.rows) };
}

/** Writes `count` events through the outbox, 250 to a transaction. */
async function write(count: number): Promise<void> {
  const events = Array.from({ length: count }, () => ({ subject: randomUUID(), name: `fault-${written++}` }));
  await recordEvents(effects, events, 250);
}

async function appliedAtLeast(count: number, what: string, timeoutMs = 120_000): Promise<void> {
  try {
    await waitFor(what, async () => (await applied()).events >= count, {
      timeoutMs,
      intervalMs: 200,
    });
  } catch (error) {
    // Where the events stand: still in the outbox (the relay), or sent but not applied (the consumer).
    const [outbox] = await effects.dataSource.query<{ pending: string }[]>(
      `SELECT count(*)::text AS pending FROM outbox_message WHERE published_at IS NULL`,
    );
    const now = await applied();
    throw new Error(
      `${(error as Error).message}: ${now.events} of ${count} applied, ${outbox?.pending} still in the outbox; ` +
        `partitions (end/committed): ${await partitionOffsets()}`,
    );
  }
}

/** The broker's end offset beside the consumer group's committed one, partition by partition. */
async function partitionOffsets(): Promise<string> {
  const admin = cluster.client().admin();
  try {
    await admin.connect();
    const offsets = await readOffsets(admin, `${suite}.${consumerGroupId('effects')}`, [topic]);
    return offsets.map((each) => `${each.partition}: ${each.end}/${each.committed ?? '-'}`).join(', ');
  } catch (error) {
    return `not readable (${String(error)})`;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Every partition of every topic — the consumer offsets included — has all three replicas in sync
 * again, as an operator waits for no under-replicated partitions before restarting the next
 * broker: killing a second broker earlier leaves partitions below min.insync.replicas.
 */
async function inSync(): Promise<void> {
  const admin = cluster.client().admin();
  await admin.connect();
  try {
    await waitFor(
      'every replica back in sync',
      async () => {
        const { topics } = await admin.fetchTopicMetadata({ topics: await admin.listTopics() });
        return topics.every((each) => each.partitions.every((partition) => partition.isr.length === 3));
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
  } finally {
    await admin.disconnect();
  }
}

// Part of `npm test`. SAMVIRKE_BROKER_FAULT_TEST=0 leaves it out (e.g. on a machine without the
// memory for three more brokers); it was skipped for a while because 1 run in 3–7 ended short of
// 10,001: the topic held fewer events than the outbox had marked published (see
// renewable-producer.ts: kafkajs reused an idempotent producer's sequence numbers after a request
// failed as its broker died, and the broker acknowledged the resend as a duplicate).
const enabled = process.env['SAMVIRKE_BROKER_FAULT_TEST'] !== '0';
const faultTest = enabled ? it : it.skip;

beforeAll(async () => {
  if (!enabled) return;
  cluster = await KafkaCluster.create(3);
  await cluster.start();
  [effects, bulk] = await Promise.all([
    startEffectApp({ schema: suite, topicPrefix: `${suite}.`, brokers: cluster.brokers, batchHandler: true }),
    prepareBulkApproval(uniqueSuiteId('broker_fault_csv'), cluster.brokers, BULK_VALUES),
  ]);
}, 600_000);

afterAll(async () => {
  await effects?.close();
  await bulk?.close();
  await cluster?.destroy();
  await dropSchema(suite, ['samvirke_partners']);
}, 60_000);

faultTest(
  'loses and repeats none of 10,000 events while one broker, then another, is SIGKILLed',
  async () => {
    await write(1);
    await appliedAtLeast(1, 'the warm-up event');
    const { topics } = await (async () => {
      const admin = cluster.client().admin();
      await admin.connect();
      try {
        return await admin.fetchTopicMetadata({ topics: [topic] });
      } finally {
        await admin.disconnect();
      }
    })();
    expect(topics[0].partitions.every((partition) => partition.replicas.length === 3)).toBe(true);

    for (const victim of [cluster.nodes[0], cluster.nodes[1]]) {
      const before = written;
      await write(2_000);
      await appliedAtLeast(before + 500, 'the stream under way');
      await victim.stop('SIGKILL');
      // Written and applied while the broker is away: the relay and the consumer carry on; the
      // backbone approves the bulk CSV (first kill), measurement's consumer takes a new programme.
      const [approved] = await Promise.all([
        victim === cluster.nodes[0] ? bulk.approve() : undefined,
        bulk.seedProgramme(240_000),
        write(3_000),
      ]);
      if (victim === cluster.nodes[0])
        expect(approved).toMatchObject({ status: 'approved', valueCount: BULK_VALUES });
      await appliedAtLeast(written, 'every event so far, with a broker down', 240_000);
      await victim.start();
      await inSync();
    }

    expect(written).toBe(10_001);
    await appliedAtLeast(written, 'every event');
    expect(await applied()).toEqual({ events: 10_001, rows: 10_001 });
    const [pending] = await effects.dataSource.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM outbox_message WHERE published_at IS NULL`,
    );
    expect(pending?.count).toBe('0');
    await everyMeasurementEventOnce();
  },
  900_000,
);

/** Every event in measurement's outbox reached the recorder once, nothing else did; the approval holds. */
async function everyMeasurementEventOnce(): Promise<void> {
  await waitFor(
    'every event measurement published to reach the recorder',
    async () => {
      const [{ events, pending }, recorded] = await Promise.all([bulk.outbox(), bulk.recorded()]);
      return pending === 0 && [...events.keys()].every((id) => recorded.has(id));
    },
    { timeoutMs: 120_000, intervalMs: 500 },
  ).catch(async (error: unknown) => {
    const [{ events, pending }, recorded] = await Promise.all([bulk.outbox(), bulk.recorded()]);
    const missing = [...events].filter(([id]) => !recorded.has(id)).map(([, type]) => type);
    throw new Error(
      `${String(error)}: ${events.size} in the outbox (${pending} unpublished), ${recorded.size} recorded; missing: ${missing.join(', ')}`,
    );
  });
  const [{ events }, recorded] = await Promise.all([bulk.outbox(), bulk.recorded()]);
  expect([...recorded.keys()].sort()).toEqual([...events.keys()].sort());
  expect([...recorded.values()].filter((times) => times !== 1)).toEqual([]);
  const types = [...events.values()];
  for (const type of ['submission.submitted', 'submission.approved', 'progress.updated'])
    expect(types.filter((each) => each === `dk.samvirke.measurement.${type}.v1`)).toHaveLength(1);
  expect(await bulk.latest()).toMatchObject({ status: 'approved', valueCount: BULK_VALUES });
}
