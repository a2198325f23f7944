// Ad-hoc probe, not part of the suite: times each stage of the event pipeline alone (write to the
// outbox, relay to Kafka, consume into the inbox). Run after npm run build with infra up:
//   node bench/probe/stages.mjs
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
const { startEffectApp, recordEvents, uniqueSuiteId, waitFor, dropSchema, effectMessagingConfig } =
  await import('@samvirke/testing');
const { OutboxRelay } = await import('@samvirke/messaging');
const N = 20000;
const suite = uniqueSuiteId('probe');
const app = await startEffectApp({ schema: suite, topicPrefix: `${suite}.`, relay: false, consumer: false });
const batch = (n) => Array.from({ length: n }, (_, i) => ({ subject: randomUUID(), name: `p-${i}` }));
let t = performance.now();
await Promise.all([recordEvents(app, batch(N / 2), 100), recordEvents(app, batch(N / 2), 100)]);
console.log('write', Math.round(N / ((performance.now() - t) / 1000)), 'events/s');
const relay = new OutboxRelay(
  app.dataSource,
  effectMessagingConfig({ schema: suite, topicPrefix: `${suite}.` }),
);
t = performance.now();
await relay.start();
await waitFor('drain', async () => (await relay.backlog()) === 0, { timeoutMs: 120000, intervalMs: 20 });
console.log('relay', Math.round(N / ((performance.now() - t) / 1000)), 'events/s');
await relay.stop();
const consumerApp = await startEffectApp({
  schema: suite,
  topicPrefix: `${suite}.`,
  relay: false,
  batchHandler: process.env.PROBE_BATCH === '1',
});
let committed = 0;
let first;
consumerApp.consumer.onCommitted((h) => {
  first ??= performance.now();
  committed += h.length;
});
t = performance.now();
await waitFor('consume', () => committed >= N, { timeoutMs: 120000, intervalMs: 20 });
console.log(
  'consume',
  Math.round(N / ((performance.now() - t) / 1000)),
  'events/s (from start incl. join)',
  Math.round(N / ((performance.now() - first) / 1000)),
  'after first batch',
);
await consumerApp.close();
await app.close();
await dropSchema(suite, ['samvirke_partners']);
process.exit(0);
