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
import { percentile, report } from './bench-report.js';
import {
  cpuPerEvent,
  startPipeline,
  type CpuPerEvent,
  type Latency,
  type PipelineRound,
} from './pipeline-harness.js';
import { rawLatency, rawThroughput, SAMPLE_VALUE } from './raw-kafka.js';

const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const events = Number(process.env['BENCH_EVENTS'] ?? 20_000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const rate = Number(process.env['BENCH_RATE'] ?? 1_000);
const WARM_UP = 5_000;
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const sampleValue = SAMPLE_VALUE;

interface Round extends PipelineRound {
  readonly raw: number;
  readonly rawCpu: CpuPerEvent;
}

interface ModeResult {
  readonly fresh: Latency;
  readonly rounds: Round[];
  readonly after: Latency;
}

async function measure(batchHandler: boolean): Promise<ModeResult> {
  const pipeline = await startPipeline({ batchHandler });
  try {
    // Both processes' code warms up first: a just-started consumer's first seconds are slow.
    await pipeline.throughput(WARM_UP);
    const fresh = await pipeline.latency(rate, seconds);
    const measured: Round[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const rawCpu = await cpuPerEvent();
      const raw = await rawThroughput(brokers, events, sampleValue);
      const rawCpuUsed = await rawCpu(events);
      measured.push({ raw, rawCpu: rawCpuUsed, ...(await pipeline.throughput(events)) });
    }
    const after = await pipeline.latency(rate, seconds);
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
