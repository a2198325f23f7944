/**
 * Event pipeline benchmark: events/s and latency from the commit of a change to the consumer's
 * committed effect, through outbox → relay → Kafka → consumer (inbox + effect in one transaction),
 * beside plain kafkajs produce → consume on the same broker in the same run. Producer side (writes
 * and relay) and consumer side run in separate processes, as two services would.
 *
 * The machine is shared and noisy, so throughput is measured in rounds, each right after a raw
 * kafkajs round of its own; the table gives the median round and the lowest and highest share.
 * Latency is measured twice: on a fresh outbox (after a short warm-up), and after the rounds have
 * put their events through it (a relay that slows down as published rows pile up shows there).
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
import { backendCpuMeter, cpuMeter, cpuSeconds, KAFKA_BROKER } from './process-cpu.js';
import { offer, rawLatency, rawThroughput } from './raw-kafka.js';

/** CPU µs per event spent by each part during a throughput run. */
interface CpuPerEvent {
  /** This process: the writers and the relay (the pipeline), or producer and consumer (raw). */
  readonly producer: number;
  readonly consumer: number;
  readonly postgres: number;
  readonly kafka: number;
}

/**
 * Starts counting CPU; the returned function gives µs per event for `count` events. PostgreSQL
 * counts only the backends serving the pipeline's schema (none for raw kafkajs).
 */
async function cpuPerEvent(
  consumerPid?: number,
  schema?: string,
): Promise<(count: number) => Promise<CpuPerEvent>> {
  const own = process.cpuUsage();
  const consumerBefore = cpuSeconds(consumerPid);
  const postgres = schema === undefined ? () => Promise.resolve(0) : await backendCpuMeter(schema);
  const kafka = cpuMeter(KAFKA_BROKER);
  return async (count) => {
    const used = process.cpuUsage(own);
    return {
      producer: (used.user + used.system) / count,
      consumer: consumerPid === undefined ? 0 : ((cpuSeconds(consumerPid) - consumerBefore) * 1e6) / count,
      postgres: ((await postgres()) * 1e6) / count,
      kafka: (kafka() * 1e6) / count,
    };
  };
}

const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const events = Number(process.env['BENCH_EVENTS'] ?? 20_000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const rate = Number(process.env['BENCH_RATE'] ?? 1_000);
const WARM_UP = 5_000;
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const sampleValue = JSON.stringify({
  organisationId: randomUUID(),
  name: 'benchmark-organisation-000000',
  type: 'ngo',
  cvr: null,
  kommunekode: null,
  registeredAt: new Date().toISOString(),
});

interface Latency {
  /** Commit of the change → the consumer's committed effect, ms, sorted. */
  readonly latencies: number[];
  /** Commit of the change → Kafka's acknowledgement of its event (the relay's share), ms, sorted. */
  readonly toKafka: number[];
}

interface Round {
  readonly raw: number;
  readonly rawCpu: CpuPerEvent;
  readonly throughput: number;
  readonly cpu: CpuPerEvent;
  /** Events per consumer transaction. */
  readonly perTransaction: number;
}

/**
 * The consumer runs as its own process, as a consuming service would; this process writes
 * changes and runs the relay, as the producing service would. The consumer reports each
 * committed batch on stdout with an absolute high-resolution time.
 */
async function startPipeline(batchHandler: boolean) {
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
    'libs/testing/dist/fixtures/effect-consumer.main.js',
    [],
    env,
    'bench-consumer',
  );
  const close = async (): Promise<void> => {
    consumer.child.kill('SIGTERM');
    await app.close();
    await dropSchema(suite, ['samvirke_partners']);
  };
  const now = (): number => performance.timeOrigin + performance.now();
  const committedAt = new Map<string, number>();
  let latencies: number[] = [];
  let toKafka: number[] = [];
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
  const batch = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ subject: randomUUID(), name: `bench-${i}` }));
  try {
    await recordEvents(app, batch(1));
    await waitFor('the warm-up event', () => committed >= 1, { timeoutMs: 60_000 }).catch(
      (error: unknown) => {
        throw new Error(`${String(error)}; the consumer said:\n${consumer.output()}`);
      },
    );
  } catch (error) {
    await close();
    throw error;
  }

  return {
    close,
    /** Two writers commit transactions of 100 events as fast as they can. */
    async throughput(count: number): Promise<Omit<Round, 'raw' | 'rawCpu'>> {
      const before = committed;
      const transactionsBefore = transactions;
      const cpu = await cpuPerEvent(consumer.child.pid, suite);
      const started = now();
      const perWriter = Math.ceil(count / 2);
      await Promise.all([
        recordEvents(app, batch(perWriter), 100),
        recordEvents(app, batch(count - perWriter), 100),
      ]);
      await waitFor('every event to be applied', () => committed - before >= count, {
        timeoutMs: 300_000,
        intervalMs: 5,
      });
      const throughput = count / ((now() - started) / 1_000);
      return {
        throughput,
        cpu: await cpu(count),
        perTransaction: (committed - before) / (transactions - transactionsBefore),
      };
    },
    /** Commit time of each change → its effect committed, at an offered rate. */
    async latency(): Promise<Latency> {
      committedAt.clear();
      latencies = [];
      toKafka = [];
      const before = committed;
      await offer(rate, rate * seconds, async (n) => {
        const written = await recordEvents(app, batch(n), n);
        const at = now();
        for (const event of written) committedAt.set(event.id, at);
      });
      await waitFor('the offered events', () => committed - before >= rate * seconds, {
        timeoutMs: 120_000,
        intervalMs: 5,
      });
      return { latencies: latencies.sort((a, b) => a - b), toKafka: toKafka.sort((a, b) => a - b) };
    },
  };
}

interface ModeResult {
  readonly fresh: Latency;
  readonly rounds: Round[];
  readonly after: Latency;
}

async function measure(batchHandler: boolean): Promise<ModeResult> {
  const pipeline = await startPipeline(batchHandler);
  try {
    // Both processes' code warms up first: a just-started consumer's first seconds are slow.
    await pipeline.throughput(WARM_UP);
    const fresh = await pipeline.latency();
    const measured: Round[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const rawCpu = await cpuPerEvent();
      const raw = await rawThroughput(brokers, events, sampleValue);
      const rawCpuUsed = await rawCpu(events);
      measured.push({ raw, rawCpu: rawCpuUsed, ...(await pipeline.throughput(events)) });
    }
    const after = await pipeline.latency();
    return { fresh, rounds: measured, after };
  } finally {
    await pipeline.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The mean over rounds of one part's CPU per event. */
function meanCpu(cpus: readonly CpuPerEvent[], part: keyof CpuPerEvent): number {
  return cpus.reduce((sum, cpu) => sum + cpu[part], 0) / cpus.length;
}

const rawLatencies = await rawLatency(brokers, rate, seconds, sampleValue);
const perEvent = await measure(false);
const batched = await measure(true);

/** The figures of one mode: throughput by rounds, latency fresh and after, where the CPU went. */
function figures(mode: string, result: ModeResult) {
  const shares = result.rounds.map((round) => (100 * round.throughput) / round.raw);
  const history = `after ${(WARM_UP + rounds * events).toLocaleString('en')} events`;
  const latencyRows = (label: string, latency: Latency) => [
    {
      name: `${mode}: latency p50, ${label}`,
      unit: 'ms',
      value: percentile(latency.latencies, 50),
      baseline: percentile(rawLatencies, 50),
    },
    {
      name: `${mode}: latency p99, ${label}`,
      unit: 'ms',
      value: percentile(latency.latencies, 99),
      baseline: percentile(rawLatencies, 99),
      target: '<= 50',
    },
    {
      name: `${mode}: of which commit → Kafka ack p50, ${label}`,
      unit: 'ms',
      value: percentile(latency.toKafka, 50),
    },
    {
      name: `${mode}: of which commit → Kafka ack p99, ${label}`,
      unit: 'ms',
      value: percentile(latency.toKafka, 99),
    },
  ];
  const cpus = result.rounds.map((round) => round.cpu);
  const rawCpus = result.rounds.map((round) => round.rawCpu);
  return [
    {
      name: `${mode}: throughput, median of ${rounds} rounds`,
      unit: 'events/s',
      value: median(result.rounds.map((round) => round.throughput)),
      baseline: median(result.rounds.map((round) => round.raw)),
      target: '>= 5000',
    },
    {
      name: `${mode}: share of raw kafkajs throughput, median round`,
      unit: '%',
      value: median(shares),
      target: '>= 50',
    },
    { name: `${mode}: share of raw kafkajs throughput, lowest round`, unit: '%', value: Math.min(...shares) },
    {
      name: `${mode}: share of raw kafkajs throughput, highest round`,
      unit: '%',
      value: Math.max(...shares),
    },
    ...latencyRows(`fresh outbox (after ${WARM_UP.toLocaleString('en')} warm-up events)`, result.fresh),
    ...latencyRows(history, result.after),
    {
      name: `${mode}: events per consumer transaction`,
      unit: '',
      value: result.rounds.reduce((sum, round) => sum + round.perTransaction, 0) / result.rounds.length,
    },
    {
      name: `${mode}: CPU per event, writers + relay (raw: producer + consumer)`,
      unit: 'µs',
      value: meanCpu(cpus, 'producer'),
      baseline: meanCpu(rawCpus, 'producer'),
    },
    { name: `${mode}: CPU per event, consumer`, unit: 'µs', value: meanCpu(cpus, 'consumer') },
    {
      name: `${mode}: CPU per event, PostgreSQL (the pipeline's own backends)`,
      unit: 'µs',
      value: meanCpu(cpus, 'postgres'),
    },
    {
      name: `${mode}: CPU per event, Kafka broker`,
      unit: 'µs',
      value: meanCpu(cpus, 'kafka'),
      baseline: meanCpu(rawCpus, 'kafka'),
    },
  ];
}

report(
  'event-pipeline',
  `outbox → Kafka → inbox; throughput in ${rounds} rounds of ${events} events, each beside a raw kafkajs round; latency at ${rate} events/s for ${seconds} s on a fresh outbox and after the rounds`,
  [...figures('handler per event', perEvent), ...figures('batch handler', batched)],
);
process.exit(0);
