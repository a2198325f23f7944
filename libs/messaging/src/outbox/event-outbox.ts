import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { isRegistered, type CloudEvent, type EventEnvelope, type RegisteredEvent } from '@samvirke/contracts';
import { currentContext } from '@samvirke/platform';
import { encodeEnvelopeHeaders } from '../cloud-event-codec.js';
import { physicalTopic, type MessagingConfig } from '../messaging-config.js';
import { eventId } from './event-id.js';

export interface RecordOptions {
  /** The aggregate the event is about; becomes the CloudEvents subject and the Kafka key. */
  readonly subject: string;
  readonly programmeId?: string;
  /**
   * Further logical topics the same event (same id) is published on, e.g. the feed's copy of a
   * public event on its programme's own topic. The writer needs write access to each.
   */
  readonly alsoOn?: readonly string[];
}

export interface PendingEvent<D extends RegisteredEvent = RegisteredEvent> {
  readonly definition: D;
  readonly data: z.input<D['schema']>;
  readonly options: RecordOptions;
}

/**
 * The only way a service emits an event: it is written to the outbox inside the caller's
 * transaction and published by the relay after commit. There is no direct publish.
 */
export class EventOutbox {
  constructor(private readonly config: Pick<MessagingConfig, 'topicPrefix'>) {}

  async record<D extends RegisteredEvent>(
    manager: EntityManager,
    definition: D,
    data: z.input<D['schema']>,
    options: RecordOptions,
  ): Promise<CloudEvent<z.infer<D['schema']>>> {
    const [event] = await this.recordAll(manager, [{ definition, data, options }]);
    return event as CloudEvent<z.infer<D['schema']>>;
  }

  async recordAll(manager: EntityManager, events: readonly PendingEvent[]): Promise<CloudEvent[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        'events are recorded inside the transaction that makes the change (dataSource.transaction)',
      );
    }
    const context = currentContext();
    const built = events.map((event) => this.build(event, context));
    const rows = built.flatMap((event) => event.topics.map((topic) => ({ ...event, topic })));
    // One statement for the whole set. Headers and payloads go as one JSON array each, so the
    // driver need not escape every document into an array literal (measured: the writers' CPU).
    await manager.query(
      `INSERT INTO outbox_message (id, topic, message_key, event_type, headers, payload)
       SELECT * FROM ROWS FROM (unnest($1::uuid[]), unnest($2::text[]), unnest($3::text[]),
         unnest($4::text[]), json_array_elements($5::json), json_array_elements($6::json))`,
      [
        rows.map(({ envelope }) => envelope.id),
        rows.map(({ topic }) => topic),
        rows.map(({ envelope }) => envelope.subject),
        rows.map(({ envelope }) => envelope.type),
        jsonArray(rows.map(({ envelope }) => JSON.stringify(encodeEnvelopeHeaders(envelope)))),
        jsonArray(rows.map(({ data }) => JSON.stringify(data))),
      ],
    );
    return built.map(({ envelope, data }) => ({ ...envelope, data }));
  }

  /**
   * A tombstone (the Kafka key with no value) on a compacted topic, in the caller's transaction and
   * in order with the events around it: the cluster then forgets every earlier record of that key.
   * Used for erased people's data keys (crypto-shredding).
   */
  async recordTombstone(manager: EntityManager, logicalTopic: string, key: string): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('a tombstone is recorded inside the transaction that erases (dataSource.transaction)');
    await manager.query(
      `INSERT INTO outbox_message (id, topic, message_key, event_type, headers, payload)
       VALUES ($1, $2, $3, $4, '{}'::json, 'null'::json)`,
      [eventId(), physicalTopic(this.config, logicalTopic), key, TOMBSTONE_EVENT_TYPE],
    );
  }

  /** Checks the event against its contract and wraps it in its envelope, in the caller's context. */
  private build({ definition, data, options }: PendingEvent, context: ReturnType<typeof currentContext>) {
    if (!isRegistered(definition))
      throw new Error(`event type ${definition.type} is not in the contracts registry`);
    const parsed = definition.schema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ');
      throw new Error(`event ${definition.type} does not match its contract: ${issues}`);
    }
    const envelope: EventEnvelope = {
      specversion: '1.0',
      id: eventId(),
      source: definition.source,
      type: definition.type,
      time: new Date().toISOString(),
      subject: options.subject,
      datacontenttype: 'application/json',
      dataschema: `https://samvirke.dk/schemas/events/${definition.type}.json`,
      correlationid: context?.correlationId ?? randomUUID(),
      ...(context?.causationId ? { causationid: context.causationId } : {}),
      ...(options.programmeId ? { programmeid: options.programmeId } : {}),
      ...(context?.traceparent ? { traceparent: context.traceparent } : {}),
    };
    const topics = [definition.topic, ...(options.alsoOn ?? [])].map((topic) =>
      physicalTopic(this.config, topic),
    );
    return { envelope, data: parsed.data as unknown, topics };
  }
}

/** The outbox's event type of a tombstone row (no event: the relay sends a null value). */
export const TOMBSTONE_EVENT_TYPE = 'tombstone';

/** A JSON array from documents already serialised. */
function jsonArray(documents: readonly string[]): string {
  return `[${documents.join(',')}]`;
}
