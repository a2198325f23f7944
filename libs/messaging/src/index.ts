export * from './messaging-config.js';
export * from './cloud-event-codec.js';
export * from './outbox/outbox-message.entity.js';
export * from './outbox/event-outbox.js';
export * from './outbox/outbox-relay.js';
export * from './inbox/inbox-message.entity.js';
export * from './consumer/event-context.js';
export * from './consumer/kafka-event.server.js';
export * from './consumer/on-event.decorator.js';
export * from './messaging-tables.migration.js';
export * from './messaging.module.js';
export { ensureTopics } from './kafka.js';
import { InboxMessage } from './inbox/inbox-message.entity.js';
import { OutboxMessage } from './outbox/outbox-message.entity.js';

/** Entities every service's data source includes. */
export const messagingEntities = [OutboxMessage, InboxMessage];
