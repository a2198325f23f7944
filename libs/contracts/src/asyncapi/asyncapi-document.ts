/**
 * The AsyncAPI 3.0 document of Samvirke's event streams, generated from the event registry: one
 * channel per Kafka topic, one message per versioned event type, its payload the event's data
 * schema and its headers the CloudEvents Kafka binding (binary content mode, `ce_` headers).
 */
import { z } from 'zod';
import type { EventDefinition } from '../define-event.js';
import { eventEnvelopeSchema } from '../envelope.js';

export interface AsyncApiOptions {
  /** Kafka bootstrap servers, host:port, as clients reach them. */
  readonly brokers: readonly string[];
  /** Deployment prefix of every topic (KAFKA_TOPIC_PREFIX). */
  readonly topicPrefix?: string;
  readonly version?: string;
}

type JsonObject = Record<string, unknown>;

/** AsyncAPI's default schema format is a superset of JSON Schema draft-07. */
function draft7(schema: z.ZodType): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    unrepresentable: 'any',
  });
  return rest;
}

/** `dk.samvirke.partners.organisation.registered.v1` → `PartnersOrganisationRegisteredV1`. */
export function messageName(type: string): string {
  return type
    .replace(/^dk\.samvirke\./, '')
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function channelName(topic: string): string {
  return topic
    .replace(/^samvirke\./, '')
    .replace(/[^A-Za-z0-9]+(.)?/g, (_, next?: string) => (next ? next.toUpperCase() : ''));
}

/** The `ce_` headers every message carries; `ce_type` and `ce_source` are fixed per message. */
function cloudEventHeaders(definition: EventDefinition): JsonObject {
  const properties: Record<string, JsonObject> = {
    'content-type': { type: 'string', const: 'application/json', description: 'CloudEvents datacontenttype' },
  };
  const required = ['content-type'];
  for (const [attribute, schema] of Object.entries(eventEnvelopeSchema.shape)) {
    if (attribute === 'datacontenttype') continue;
    const name = `ce_${attribute}`;
    properties[name] = { ...draft7(schema), description: `CloudEvents attribute ${attribute}` };
    if (!schema.safeParse(undefined).success) required.push(name);
  }
  properties['ce_type'] = { type: 'string', const: definition.type, description: 'CloudEvents type' };
  properties['ce_source'] = { type: 'string', const: definition.source, description: 'CloudEvents source' };
  return { type: 'object', properties, required };
}

function message(definition: EventDefinition): JsonObject {
  return {
    name: definition.type,
    title: definition.type,
    summary: definition.description,
    contentType: 'application/json',
    headers: cloudEventHeaders(definition),
    payload: draft7(definition.schema),
    correlationId: { location: '$message.header#/ce_correlationid' },
    tags: [{ name: definition.public ? 'public' : 'internal' }, { name: definition.aggregate }],
    bindings: {
      kafka: {
        key: { type: 'string', description: `The ${definition.aggregate} id (the CloudEvents subject)` },
        bindingVersion: '0.5.0',
      },
    },
  };
}

/** Builds the document from a list of event definitions (normally EVENT_REGISTRY). */
export function buildAsyncApiDocument(
  events: readonly EventDefinition[],
  options: AsyncApiOptions,
): JsonObject {
  const { messages, channels } = messagesAndChannels(events, options.topicPrefix ?? '');
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Samvirke events',
      version: options.version ?? '1.0.0',
      description:
        'Domain events of Samvirke on Kafka. Each message follows the CloudEvents Kafka protocol binding in binary content mode: the attributes are `ce_` headers, the value is the JSON data and the key is the aggregate id. Event types are versioned; a breaking change is a new type.',
    },
    defaultContentType: 'application/json',
    servers: Object.fromEntries(
      options.brokers.map((host, index) => [
        `kafka${index + 1}`,
        { host, protocol: 'kafka', description: 'Kafka bootstrap server' },
      ]),
    ),
    channels,
    operations: publishOperations(channels),
    components: { messages },
  };
}

/** One message per event type, one channel per topic listing its messages. */
function messagesAndChannels(events: readonly EventDefinition[], prefix: string) {
  const messages: Record<string, JsonObject> = {};
  const channels: Record<string, JsonObject> = {};
  for (const definition of events) {
    const name = messageName(definition.type);
    if (messages[name]) throw new Error(`two events map to the message name ${name}`);
    messages[name] = message(definition);
    const channel = channelName(definition.topic);
    const entry = (channels[channel] ??= {
      address: `${prefix}${definition.topic}`,
      title: definition.topic,
      description: `Kafka topic ${prefix}${definition.topic}; the key is the aggregate id, so one aggregate's events keep their order.`,
      messages: {},
      bindings: { kafka: { bindingVersion: '0.5.0' } },
    });
    (entry['messages'] as JsonObject)[name] = { $ref: `#/components/messages/${name}` };
  }
  return { messages, channels };
}

function publishOperations(channels: Record<string, JsonObject>): Record<string, JsonObject> {
  const operations: Record<string, JsonObject> = {};
  for (const [channel, entry] of Object.entries(channels)) {
    operations[`publish${channel.charAt(0).toUpperCase()}${channel.slice(1)}`] = {
      action: 'send',
      title: `Samvirke publishes to ${String(entry['address'])}`,
      channel: { $ref: `#/channels/${channel}` },
      messages: Object.keys(entry['messages'] as JsonObject).map((name) => ({
        $ref: `#/channels/${channel}/messages/${name}`,
      })),
    };
  }
  return operations;
}
