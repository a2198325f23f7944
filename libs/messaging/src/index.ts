export * from './messaging-config.js';
export * from './cloud-event-codec.js';
export * from './outbox/outbox-message.entity.js';
export * from './outbox/event-outbox.js';
export * from './outbox/outbox-erasure.store.js';
export * from './outbox/relay/outbox-relay.js';
export * from './inbox/inbox-message.entity.js';
export * from './inbox/inbox.js';
export * from './outbox/event-id.js';
export * from './consumer/event-context.js';
export * from './consumer/kafka-event.server.js';
export * from './consumer/on-event.decorator.js';
export * from './consumer/event-consumer.js';
export * from './messaging-tables.migration.js';
export * from './outbox-indexes.migration.js';
export * from './dead-letters.migration.js';
export * from './consumer/dead-letter-store.js';
export * from './consumer/consumer-registry.js';
export * from './inbox/inbox-pruner.js';
export * from './messaging.module.js';
export { createKafka, ensureTopics, kafkaSecurityOptions } from './kafka.js';
export * from './kafka-access.js';
import { InboxMessage } from './inbox/inbox-message.entity.js';
import { ConsumerDeadLetters1765000005000 } from './dead-letters.migration.js';
import { MessagingTables1764316800000 } from './messaging-tables.migration.js';
import {
  MessagingOutboxIndexes1764316801000,
  OutboxJsonColumns1764316801200,
  OutboxNotifyPosition1764316801100,
} from './outbox-indexes.migration.js';
import { OutboxMessage } from './outbox/outbox-message.entity.js';

/** Entities every service's data source includes. */
export const messagingEntities = [OutboxMessage, InboxMessage];

/** The messaging tables' migrations, which every service's migrations begin with. */
export const messagingMigrations = [
  MessagingTables1764316800000,
  MessagingOutboxIndexes1764316801000,
  OutboxNotifyPosition1764316801100,
  OutboxJsonColumns1764316801200,
  ConsumerDeadLetters1765000005000,
];
