/**
 * Event pipeline on a three-broker cluster (issue 20): outbox → relay → Kafka → consumer (inbox +
 * effect in one transaction) on a private three-node KRaft cluster as `SAMVIRKE_KAFKA_BROKERS=3`
 * runs it (libs/testing KafkaCluster: SASL/SCRAM, replication 3, min.insync.replicas 2; the relay
 * and the raw producer send with acks=all), beside plain kafkajs produce → consume on the same
 * cluster, with one consumer instance and with three (processes in one consumer group), and the
 * same measured on the broker(s) of KAFKA_BROKERS (the single development broker) in the same run.
 *
 * Throughput: events/s through the pipeline (median of rounds, each after a raw kafkajs round of
 * its own); latency: commit of a change → its effect committed, at an offered rate, p50 and p99.
 * Topics have 3 partitions (KAFKA_TOPIC_PARTITIONS, as tools/bench/run.sh sets it), so three
 * instances get one partition each. SAMVIRKE_BENCH_CLUSTER=0 skips it (three more JVMs).
 */
import 'reflect-metadata';
import { KafkaCluster } from '@samvirke/testing';
import { percentile, report, type Figure } from './bench-report.js';
import { startPipeline } from './pipeline-harness.js';
import { rawLatency, rawThroughput, SAMPLE_VALUE } from './raw-kafka.js';

const events = Number(process.env['BENCH_CLUSTER_EVENTS'] ?? 20_000);
const rounds = Number(process.env['BENCH_CLUSTER_ROUNDS'] ?? 3);
const rate = Number(process.env['BENCH_RATE'] ?? 1_000);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const WARM_UP = 5_000;
const INSTANCES = [1, 3] as const;

interface Target {
  readonly label: string;
  readonly brokers: string[];
  readonly replication: number;
}

interface Measured {
  readonly raw: { throughput: number[]; latencies: number[] };
  readonly pipeline: Record<number, { throughput: number[]; latencies: number[] }>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Raw kafkajs and the pipeline with 1 and 3 consumer instances, on one cluster. */
async function measure(target: Target): Promise<Measured> {
  const { brokers, replication } = target;
  const raw: number[] = [];
  const pipelines: Measured['pipeline'] = {};
  for (const consumers of INSTANCES) {
    const pipeline = await startPipeline({ batchHandler: true, brokers, consumers });
    try {
      await pipeline.throughput(WARM_UP);
      const throughput: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        raw.push(await rawThroughput(brokers, events, SAMPLE_VALUE, replication));
        throughput.push((await pipeline.throughput(events)).throughput);
      }
      const { latencies } = await pipeline.latency(rate, seconds);
      pipelines[consumers] = { throughput, latencies };
      console.log(
        `${target.label}, ${consumers} consumer(s): ${throughput.map(Math.round).join(', ')} events/s; p99 ${Math.round(percentile(latencies, 99))} ms`,
      );
    } finally {
      await pipeline.close();
    }
  }
  // After the pipelines: a cluster that has only just started answers its first seconds slowly.
  const rawLatencies = await rawLatency(brokers, rate, seconds, SAMPLE_VALUE, replication);
  return { raw: { throughput: raw, latencies: rawLatencies }, pipeline: pipelines };
}

/** The three-broker cluster, its admin the clients' principal while it is measured. */
async function measureCluster(): Promise<Measured> {
  const cluster = await KafkaCluster.create(3);
  const saved = { ...process.env };
  try {
    await cluster.start();
    for (const [key, value] of Object.entries(cluster.nodes[0].adminEnv))
      if (key !== 'KAFKA_BROKERS') process.env[key] = value;
    return await measure({ label: 'three brokers', brokers: cluster.brokers, replication: 3 });
  } finally {
    for (const key of ['KAFKA_SASL_MECHANISM', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD'])
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    await cluster.destroy();
  }
}

function figures(label: string, result: Measured, single?: Measured): Figure[] {
  const rawThroughputs = median(result.raw.throughput);
  const rows: Figure[] = [
    { name: `${label}: raw kafkajs throughput, median round`, unit: 'events/s', value: rawThroughputs },
    { name: `${label}: raw kafkajs latency p99`, unit: 'ms', value: percentile(result.raw.latencies, 99) },
  ];
  for (const consumers of INSTANCES) {
    const { throughput, latencies } = result.pipeline[consumers];
    const mode = `${label}, pipeline with ${consumers} consumer instance${consumers > 1 ? 's' : ''}`;
    rows.push(
      {
        name: `${mode}: throughput, median of ${rounds} rounds`,
        unit: 'events/s',
        value: median(throughput),
        baseline: rawThroughputs,
      },
      { name: `${mode}: latency p50`, unit: 'ms', value: percentile(latencies, 50) },
      {
        name: `${mode}: latency p99`,
        unit: 'ms',
        value: percentile(latencies, 99),
        baseline: percentile(result.raw.latencies, 99),
      },
    );
    if (single)
      rows.push({
        name: `${mode}: throughput, share of the same on ${singleLabel}`,
        unit: '%',
        value: (100 * median(throughput)) / median(single.pipeline[consumers].throughput),
      });
  }
  return rows;
}

const singleBrokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const singleLabel = singleBrokers.length === 1 ? 'single broker' : `KAFKA_BROKERS (${singleBrokers.length})`;

if (process.env['SAMVIRKE_BENCH_CLUSTER'] === '0') {
  console.log('event-pipeline-cluster: skipped (SAMVIRKE_BENCH_CLUSTER=0)');
} else {
  const single = await measure({
    label: singleLabel,
    brokers: singleBrokers,
    replication: Math.min(3, singleBrokers.length),
  });
  const cluster = await measureCluster();
  report(
    'event-pipeline-cluster',
    `outbox → Kafka (acks=all) → inbox with the batch handler on a private three-broker KRaft cluster (replication 3, min.insync.replicas 2) beside raw kafkajs on the same cluster, with 1 and 3 consumer instances, and the same on the ${singleLabel} in the same run; throughput in ${rounds} rounds of ${events} events, latency at ${rate} events/s for ${seconds} s`,
    [...figures(singleLabel, single), ...figures('three brokers', cluster, single)],
  );
}
process.exit(0);
