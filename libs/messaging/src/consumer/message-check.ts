import type { KafkaMessage } from 'kafkajs';
import { findEventDefinition, type CloudEvent } from '@samvirke/contracts';
import { decodeMessage } from '../cloud-event-codec.js';
import type { DeadLetterReason } from './dead-letter.js';
import type { Route } from './handler-invocation.js';

/** What a Kafka message turned out to be before any handler saw it. */
export type CheckedMessage =
  | { readonly kind: 'event'; readonly event: CloudEvent; readonly data: unknown; readonly route: Route }
  | { readonly kind: 'unrouted'; readonly event: CloudEvent }
  | { readonly kind: 'bad'; readonly reason: DeadLetterReason; readonly detail: string };

/**
 * Decodes a message, finds its type in the registry and its route, checks that it came on its
 * type's topic from its type's service, and checks its data against the contract. Messages of a
 * type nobody here handles are not parsed. `topic` is the logical topic the message came on: only
 * the owning service may write a topic (KAFKA_TOPICS), so an event of another service's type there
 * is forged or misrouted, and no handler sees it.
 */
export function checkMessage(
  message: KafkaMessage,
  topic: string,
  routeOf: (type: string) => Route | null,
): CheckedMessage {
  const decoded = decodeMessage(message.headers, message.value);
  if (!decoded.ok) {
    return {
      kind: 'bad',
      reason: decoded.type ? 'contract-violation' : 'undecodable',
      detail: decoded.reason,
    };
  }
  const { event } = decoded;
  const definition = findEventDefinition(event.type);
  if (!definition) {
    return { kind: 'bad', reason: 'unknown-type', detail: `event type ${event.type} is not in the registry` };
  }
  if (definition.topic !== topic || definition.source !== event.source) {
    const detail = `${event.type} from ${definition.source} on ${definition.topic}; this one came from ${event.source} on ${topic}`;
    return { kind: 'bad', reason: 'wrong-topic', detail };
  }
  const route = routeOf(event.type);
  if (!route) return { kind: 'unrouted', event };
  const parsed = definition.schema.safeParse(event.data);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    return { kind: 'bad', reason: 'contract-violation', detail };
  }
  return { kind: 'event', event, data: parsed.data, route };
}
