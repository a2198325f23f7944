/**
 * The event pipeline a benchmark drives: this process writes changes in transactions and runs the
 * outbox relay, as a producing service would; consumers (one or more instances of one consuming
 * service, the same consumer group) run as processes of their own and report each committed batch
 * on stdout with an absolute high-resolution time. On the shared broker, or on `brokers`.
 */
import { randomUUID } from 'node:crypto';
import {
  dropSchema,
  recordEvents,
  spawnCompiled,
  startEffectApp,
  uniqueSuiteId,
  waitFor,
} from '@samvirke/testing';
import { backendCpuMeter, cpuMeter, cpuSeconds, KAFKA_BROKER } from './process-cpu.js';
import { offer } from './raw-kafka.js';

export interface PipelineOptions {
  /** Apply consecutive events with one @OnEvents call instead of one call per event. */
  readonly batchHandler: boolean;
  /** Another cluster than KAFKA_BROKERS (e.g. a private three-broker one). */
  readonly brokers?: string[];
  /** Consumer instances (processes) in the group; 1 unless said. */
  readonly consumers?: number;
}

/** One throughput run of the pipeline. */
export interface PipelineRound {
  readonly throughput: number;
  readonly cpu: CpuPerEvent;
  /** Events per consumer transaction. */
  readonly perTransaction: number;
}

/** CPU µs per event spent by each part during a throughput run. */
export interface CpuPerEvent {
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
export async function cpuPerEvent(
  consumerPids: (number | undefined)[] = [],
  schema?: string,
): Promise<(count: number) => Promise<CpuPerEvent>> {
  const own = process.cpuUsage();
  const consumerCpu = () => consumerPids.reduce((sum: number, pid) => sum + cpuSeconds(pid), 0);
  const consumerBefore = consumerCpu();
  const postgres = schema === undefined ? () => Promise.resolve(0) : await backendCpuMeter(schema);
  const kafka = cpuMeter(KAFKA_BROKER);
  return async (count) => {
    const used = process.cpuUsage(own);
    return {
      producer: (used.user + used.system) / count,
      consumer: ((consumerCpu() - consumerBefore) * 1e6) / count,
      postgres: ((await postgres()) * 1e6) / count,
      kafka: (kafka() * 1e6) / count,
    };
  };
}

export interface Latency {
  /** Commit of the change → the consumer's committed effect, ms, sorted. */
  readonly latencies: number[];
  /** Commit of the change → Kafka's acknowledgement of its event (the relay's share), ms, sorted. */
  readonly toKafka: number[];
}

/**
 * The consumer runs as its own process, as a consuming service would; this process writes
 * changes and runs the relay, as the producing service would. The consumer reports each
 * committed batch on stdout with an absolute high-resolution time.
 */
export async function startPipeline(options: PipelineOptions) {
  const suite = uniqueSuiteId('bench');
  const env = {
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: `${suite}.`,
    EFFECT_REPORT: '1',
    EFFECT_BATCH_HANDLER: options.batchHandler ? '1' : '0',
    LOG_LEVEL: 'warn',
    ...(options.brokers ? { KAFKA_BROKERS: options.brokers.join(',') } : {}),
  };
  const app = await startEffectApp({
    schema: suite,
    topicPrefix: `${suite}.`,
    consumer: false,
    ...(options.brokers ? { brokers: options.brokers } : {}),
  });
  // Instances of one consuming service: the same consumer group, the partitions shared among them.
  const consumers = Array.from({ length: options.consumers ?? 1 }, (_, index) =>
    spawnCompiled(
      'libs/testing/dist/fixtures/effect-consumer.main.js',
      [],
      env,
      `bench-consumer-${index + 1}`,
    ),
  );
  const output = () => consumers.map((consumer) => consumer.output()).join('\n');
  const close = async (): Promise<void> => {
    for (const consumer of consumers) consumer.child.kill('SIGTERM');
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
  let ready = 0;
  for (const consumer of consumers) {
    let pending = '';
    consumer.child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('effect consumer started')) ready += 1;
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
  }
  const batch = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ subject: randomUUID(), name: `bench-${i}` }));
  try {
    // Every instance in the group before the first event, so none of the figures has a rebalance.
    await waitFor('every consumer instance to start', () => ready === consumers.length, {
      timeoutMs: 120_000,
    });
    await recordEvents(app, batch(1));
    await waitFor('the warm-up event', () => committed >= 1, { timeoutMs: 60_000 });
  } catch (error) {
    const said = new Error(`${String(error)}; the consumers said:\n${output()}`);
    await close();
    throw said;
  }

  return {
    close,
    /** Two writers commit transactions of 100 events as fast as they can. */
    async throughput(count: number): Promise<PipelineRound> {
      const before = committed;
      const transactionsBefore = transactions;
      const cpu = await cpuPerEvent(
        consumers.map((consumer) => consumer.child.pid),
        suite,
      );
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
    /** Commit time of each change → its effect committed, at `rate` events/s for `seconds`. */
    async latency(rate: number, seconds: number): Promise<Latency> {
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
