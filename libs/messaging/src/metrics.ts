import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from '@samvirke/platform';

export const outboxBacklog = new Gauge({
  name: 'samvirke_outbox_backlog',
  help: 'Outbox rows recorded but not yet published, as last seen by the relay',
  registers: [metricsRegistry],
});

export const outboxPublished = new Counter({
  name: 'samvirke_outbox_published_total',
  help: 'Events the relay published to Kafka',
  labelNames: ['topic'] as const,
  registers: [metricsRegistry],
});

export const outboxPublishLatency = new Histogram({
  name: 'samvirke_outbox_publish_latency_seconds',
  help: 'Time from recording an event in the outbox to its acknowledgement by Kafka',
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
  registers: [metricsRegistry],
});

export const consumerMessages = new Counter({
  name: 'samvirke_consumer_messages_total',
  help: 'Messages seen by consumers, by outcome (handled, duplicate, skipped, dead-lettered)',
  labelNames: ['consumer', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const consumerDeadLetters = new Counter({
  name: 'samvirke_consumer_dead_letters_total',
  help: 'Messages sent to a dead-letter topic, by consumer, original topic and reason',
  labelNames: ['consumer', 'topic', 'reason'] as const,
  registers: [metricsRegistry],
});

/** The alert: above 0 means an event's effect is missing until someone replays it. */
export const consumerDeadLettersUnreplayed = new Gauge({
  name: 'samvirke_consumer_dead_letters_unreplayed',
  help: 'Dead letters not replayed yet, by consumer and original topic (counted every 30 s and after each change)',
  labelNames: ['consumer', 'topic'] as const,
  registers: [metricsRegistry],
});

export const consumerDeadLetterReplays = new Counter({
  name: 'samvirke_consumer_dead_letter_replays_total',
  help: 'Dead-letter replays, by consumer and outcome (replayed, already-replayed, duplicate, skipped, failed)',
  labelNames: ['consumer', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const consumerLag = new Gauge({
  name: 'samvirke_consumer_lag',
  help: 'Messages behind the high watermark, per topic partition, as of the last batch',
  labelNames: ['consumer', 'topic', 'partition'] as const,
  registers: [metricsRegistry],
});

export const consumerEndToEnd = new Histogram({
  name: 'samvirke_consumer_event_age_seconds',
  help: 'Time from the event (CloudEvents time) to its committed effect',
  labelNames: ['consumer'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
  registers: [metricsRegistry],
});
