/**
 * Event pipeline benchmark: events/s and latency from the commit of a change to the consumer's
 * committed effect, through outbox → relay → Kafka → consumer (inbox + effect in one transaction),
 * beside plain kafkajs produce → consume on the same broker in the same run. Producer side (writes
 * and relay) and consumer side run in separate processes, as two services would.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  dropSchema,
  recordEvents,
  spawnCompiled,
  startEffectApp,
  uniqueSuiteId,
  waitFor,
} from '@samvirke/testing';
import { percentile, report } from './bench-report.js';
import { cpuMeter, cpuSeconds, KAFKA_BROKER, POSTGRES } from './process-cpu.js';
import { offer, rawLatency, rawThroughput } from './raw-kafka.js';

/** CPU µs per event spent by each part during a throughput run. */
interface CpuPerEvent {
  /** This process: the writers and the relay (the pipeline), or producer and consumer (raw). */
  readonly producer: number;
  readonly consumer: number;
  readonly postgres: number;
  readonly kafka: number;
}

/** Starts counting CPU; the returned function gives µs per event for `count` events. */
function cpuPerEvent(consumerPid?: number): (count: number) => CpuPerEvent {
  const own = process.cpuUsage();
  const consumerBefore = cpuSeconds(consumerPid);
  const postgres = cpuMeter(POSTGRES);
  const kafka = cpuMeter(KAFKA_BROKER);
  return (count) => {
    const used = process.cpuUsage(own);
    return {
      producer: (used.user + used.system) / count,
      consumer: consumerPid === undefined ? 0 : ((cpuSeconds(consumerPid) - consumerBefore) * 1e6) / count,
      postgres: (postgres() * 1e6) / count,
      kafka: (kafka() * 1e6) / count,
    };
  };
}

const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const events = Number(process.env['BENCH_EVENTS'] ?? 20_000);
const rate = Number(process.env['BENCH_RATE'] ?? 1_000);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const sampleValue = JSON.stringify({
  organisationId: randomUUID(),
  name: 'benchmark-organisation-000000',
  type: 'ngo',
  cvr: null,
  kommunekode: null,
  registeredAt: new Date().toISOString(),
});

/**
 * The consumer runs as its own process, as a consuming service would; this process writes
 * changes and runs the relay, as the producing service would. The consumer reports each
 * committed batch on stdout with an absolute high-resolution time.
 */
async function pipeline(batchHandler: boolean): Promise<{
  throughput: number;
  latencies: number[];
  toKafka: number[];
  cpu: CpuPerEvent;
  /** Events per consumer transaction in the throughput run. */
  perTransaction: number;
}> {
  const suite = uniqueSuiteId('bench');
  const env = {
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: `${suite}.`,
    EFFECT_REPORT: '1',
    EFFECT_BATCH_HANDLER: batchHandler ? '1' : '0',
    LOG_LEVEL: 'warn',
  };
  const app = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, consumer: false });
  const consumer = spawnCompiled(
    'dist/libs/testing/src/fixtures/effect-consumer.main.js',
    [],
    env,
    'bench-consumer',
  );
  try {
    const committedAt = new Map<string, number>();
    const latencies: number[] = [];
    // The relay's share: from the change's commit to Kafka's acknowledgement of its event.
    const toKafka: number[] = [];
    app.relay?.onPublished((ids) => {
      const at = now();
      for (const id of ids) {
        const committed = committedAt.get(id);
        if (committed !== undefined) toKafka.push(at - committed);
      }
    });
    let committed = 0;
    let transactions = 0;
    let pending = '';
    consumer.child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{"committed"')) continue;
        const report = JSON.parse(line) as { committed: string[]; at: number };
        committed += report.committed.length;
        transactions += 1;
        for (const id of report.committed) {
          const at = committedAt.get(id);
          if (at !== undefined) latencies.push(report.at - at);
        }
      }
    });
    const now = (): number => performance.timeOrigin + performance.now();
    const batch = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ subject: randomUUID(), name: `bench-${i}` }));
    await recordEvents(app, batch(1));
    await waitFor('the warm-up event', () => committed >= 1, { timeoutMs: 60_000 }).catch(
      (error: unknown) => {
        throw new Error(`${String(error)}; the consumer said:\n${consumer.output()}`);
      },
    );

    // Throughput: two writers commit transactions of 100 events as fast as they can.
    const before = committed;
    const transactionsBefore = transactions;
    const cpu = cpuPerEvent(consumer.child.pid);
    const started = now();
    const perWriter = Math.ceil(events / 2);
    await Promise.all([
      recordEvents(app, batch(perWriter), 100),
      recordEvents(app, batch(events - perWriter), 100),
    ]);
    await waitFor('every event to be applied', () => committed - before >= events, {
      timeoutMs: 300_000,
      intervalMs: 5,
    });
    const throughput = events / ((now() - started) / 1_000);
    const cpuUsed = cpu(events);
    const perTransaction = (committed - before) / (transactions - transactionsBefore);

    // Latency at an offered rate: commit time of each change → its effect committed.
    const latencyBefore = committed;
    await offer(rate, rate * seconds, async (n) => {
      const written = await recordEvents(app, batch(n), n);
      const at = now();
      for (const event of written) committedAt.set(event.id, at);
    });
    await waitFor('the offered events', () => committed - latencyBefore >= rate * seconds, {
      timeoutMs: 120_000,
      intervalMs: 5,
    });
    return {
      throughput,
      latencies: latencies.sort((a, b) => a - b),
      toKafka: toKafka.sort((a, b) => a - b),
      cpu: cpuUsed,
      perTransaction,
    };
  } finally {
    consumer.child.kill('SIGTERM');
    await app.close();
    await dropSchema(suite, ['samvirke_partners']);
  }
}

const rawCpu = cpuPerEvent();
const raw = await rawThroughput(brokers, events, sampleValue);
const rawCpuUsed = rawCpu(events);
const rawLatencies = await rawLatency(brokers, rate, seconds, sampleValue);
const measured = await pipeline(false);
const batched = await pipeline(true);

/** Where the CPU went per event in a throughput run, beside raw kafkajs's. */
function cpuRows(mode: string, cpu: CpuPerEvent) {
  return [
    {
      name: `CPU per event, ${mode}: writers + relay (raw: producer + consumer)`,
      unit: 'µs',
      value: cpu.producer,
      baseline: rawCpuUsed.producer,
    },
    { name: `CPU per event, ${mode}: consumer`, unit: 'µs', value: cpu.consumer },
    { name: `CPU per event, ${mode}: PostgreSQL`, unit: 'µs', value: cpu.postgres },
    {
      name: `CPU per event, ${mode}: Kafka broker`,
      unit: 'µs',
      value: cpu.kafka,
      baseline: rawCpuUsed.kafka,
    },
  ];
}

report(
  'event-pipeline',
  `outbox → Kafka → inbox, ${events} events, handler per event and batch handler; latency at ${rate} events/s for ${seconds} s`,
  [
    { name: 'throughput', unit: 'events/s', value: measured.throughput, baseline: raw, target: '>= 5000' },
    {
      name: 'latency p50',
      unit: 'ms',
      value: percentile(measured.latencies, 50),
      baseline: percentile(rawLatencies, 50),
    },
    {
      name: 'latency p99',
      unit: 'ms',
      value: percentile(measured.latencies, 99),
      baseline: percentile(rawLatencies, 99),
      target: '<= 50',
    },
    {
      name: 'share of raw kafkajs throughput',
      unit: '%',
      value: (100 * measured.throughput) / raw,
      target: '>= 50',
    },
    { name: 'of which commit → Kafka ack p50', unit: 'ms', value: percentile(measured.toKafka, 50) },
    { name: 'of which commit → Kafka ack p99', unit: 'ms', value: percentile(measured.toKafka, 99) },
    {
      name: 'throughput, batch handler (@OnEvents)',
      unit: 'events/s',
      value: batched.throughput,
      baseline: raw,
      target: '>= 5000',
    },
    {
      name: 'latency p50, batch handler',
      unit: 'ms',
      value: percentile(batched.latencies, 50),
      baseline: percentile(rawLatencies, 50),
    },
    {
      name: 'latency p99, batch handler',
      unit: 'ms',
      value: percentile(batched.latencies, 99),
      baseline: percentile(rawLatencies, 99),
      target: '<= 50',
    },
    {
      name: 'share of raw kafkajs throughput, batch handler',
      unit: '%',
      value: (100 * batched.throughput) / raw,
      target: '>= 50',
    },
    { name: 'events per consumer transaction, handler per event', unit: '', value: measured.perTransaction },
    { name: 'events per consumer transaction, batch handler', unit: '', value: batched.perTransaction },
    ...cpuRows('handler per event', measured.cpu),
    ...cpuRows('batch handler', batched.cpu),
  ],
);
process.exit(0);
