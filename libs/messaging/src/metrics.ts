import {
  samvirkeCounter as counter,
  samvirkeGauge as gauge,
  samvirkeHistogram as histogram,
} from '@samvirke/platform';

export const outboxBacklog = gauge(
  'outbox_backlog',
  'Outbox rows recorded but not yet published, as last seen by the relay',
);

export const outboxPublished = counter('outbox_published_total', 'Events the relay published to Kafka', [
  'topic',
]);

export const outboxPublishLatency = histogram(
  'outbox_publish_latency_seconds',
  'Time from recording an event in the outbox to its acknowledgement by Kafka',
  [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
);

export const consumerMessages = counter(
  'consumer_messages_total',
  'Messages seen by consumers, by outcome (handled, duplicate, skipped, dead-lettered)',
  ['consumer', 'outcome'],
);

export const consumerDeadLetters = counter(
  'consumer_dead_letters_total',
  'Messages sent to a dead-letter topic, by consumer, original topic and reason',
  ['consumer', 'topic', 'reason'],
);

/** The alert: above 0 means an event's effect is missing until someone replays it. */
export const consumerDeadLettersUnreplayed = gauge(
  'consumer_dead_letters_unreplayed',
  'Dead letters not replayed yet, by consumer and original topic (counted every 30 s and after each change)',
  ['consumer', 'topic'],
);

export const consumerDeadLetterReplays = counter(
  'consumer_dead_letter_replays_total',
  'Dead-letter replays, by consumer and outcome (replayed, already-replayed, duplicate, skipped, failed)',
  ['consumer', 'outcome'],
);

export const consumerLag = gauge(
  'consumer_lag',
  'Messages behind the high watermark, per topic partition, as of the last batch',
  ['consumer', 'topic', 'partition'],
);

export const consumerEndToEnd = histogram(
  'consumer_event_age_seconds',
  'Time from the event (CloudEvents time) to its committed effect',
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
  ['consumer'],
);
