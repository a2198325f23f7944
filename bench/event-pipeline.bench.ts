/**
 * Event pipeline benchmark: events/s and latency from the commit of a change to the consumer's
 * committed effect, through outbox → relay → Kafka → consumer (inbox + effect in one transaction),
 * beside plain kafkajs produce → consume on the same broker in the same run.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { dropSchema, recordEvents, startEffectApp, uniqueSuiteId, waitFor } from '@samvirke/testing';
import { percentile, report } from './bench-report.js';
import { offer, rawLatency, rawThroughput } from './raw-kafka.js';

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

async function pipeline(): Promise<{ throughput: number; latencies: number[] }> {
  const suite = uniqueSuiteId('bench');
  const app = await startEffectApp({ schema: suite, topicPrefix: `${suite}.` });
  try {
    const committedAt = new Map<string, number>();
    const latencies: number[] = [];
    let committed = 0;
    app.consumer!.onCommitted((handled) => {
      const now = performance.now();
      committed += handled.length;
      for (const event of handled) {
        const at = committedAt.get(event.id);
        if (at !== undefined) latencies.push(now - at);
      }
    });
    await recordEvents(app, [{ subject: randomUUID(), name: 'warm-up' }]);
    await waitFor('the warm-up event', () => committed >= 1, { timeoutMs: 60_000 });

    // Throughput: two writers commit transactions of 100 events as fast as they can.
    const before = committed;
    const started = performance.now();
    const perWriter = Math.ceil(events / 2);
    const batch = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ subject: randomUUID(), name: `throughput-${i}` }));
    await Promise.all([
      recordEvents(app, batch(perWriter), 100),
      recordEvents(app, batch(events - perWriter), 100),
    ]);
    await waitFor('every event to be applied', () => committed - before >= events, {
      timeoutMs: 300_000,
      intervalMs: 5,
    });
    const throughput = events / ((performance.now() - started) / 1_000);

    // Latency at an offered rate: commit time of each change → its effect committed.
    const latencyBefore = committed;
    await offer(rate, rate * seconds, async (n) => {
      const written = await recordEvents(app, batch(n), n);
      const now = performance.now();
      for (const event of written) committedAt.set(event.id, now);
    });
    await waitFor('the offered events', () => committed - latencyBefore >= rate * seconds, {
      timeoutMs: 120_000,
      intervalMs: 5,
    });
    return { throughput, latencies: latencies.sort((a, b) => a - b) };
  } finally {
    await app.close();
    await dropSchema(suite, ['samvirke_partners']);
  }
}

const raw = await rawThroughput(brokers, events, sampleValue);
const rawLatencies = await rawLatency(brokers, rate, seconds, sampleValue);
const measured = await pipeline();

report(
  'event-pipeline',
  `outbox → Kafka → inbox, ${events} events; latency at ${rate} events/s for ${seconds} s`,
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
  ],
);
process.exit(0);
