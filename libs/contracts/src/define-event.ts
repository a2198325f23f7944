import type { z } from 'zod';
import { EVENT_TYPE_PATTERN } from './envelope.js';
import { SOURCES, TOPICS } from './topics.js';

export interface EventDefinition<TType extends string = string, TSchema extends z.ZodType = z.ZodType> {
  /** Versioned type string, the only thing consumers route on. */
  readonly type: TType;
  /** Logical topic (without any deployment prefix). Kafka key is the aggregate id. */
  readonly topic: string;
  /** CloudEvents `source` of the producing service. */
  readonly source: string;
  readonly aggregate: string;
  readonly version: number;
  readonly description: string;
  /** Public events may be handed to integrations; they must carry no personal data. */
  readonly public: boolean;
  readonly schema: TSchema;
}

export type EventData<D> = D extends EventDefinition<string, infer S> ? z.infer<S> : never;

export function defineEvent<const TType extends string, TSchema extends z.ZodType>(
  definition: Omit<EventDefinition<TType, TSchema>, 'version'>,
): EventDefinition<TType, TSchema> {
  if (!EVENT_TYPE_PATTERN.test(definition.type)) {
    throw new Error(
      `event type "${definition.type}" does not follow dk.samvirke.<service>.<aggregate>.<verb>.v<N>`,
    );
  }
  const version = Number(/\.v(\d+)$/.exec(definition.type)?.[1]);
  return Object.freeze({ ...definition, version });
}

/** A service that produces internal events, named in their type: dk.samvirke.<service>.… */
export type EventService = keyof typeof TOPICS;

/** An internal event of a service, as defineEvent takes it without what its type already says. */
export type ServiceEventDefinition<TType extends string, TSchema extends z.ZodType> = Omit<
  EventDefinition<TType, TSchema>,
  'version' | 'topic' | 'source' | 'aggregate'
> & {
  /** What the Kafka key is the id of; most events are keyed by their programme. */
  readonly aggregate?: string;
};

/**
 * An internal event of the service its type names: on that service's topic, with its CloudEvents
 * source, keyed by the programme unless `aggregate` says otherwise. Public events (src/public)
 * use defineEvent with the public topics and source.
 */
export function defineServiceEvent<
  const TType extends `dk.samvirke.${EventService}.${string}`,
  TSchema extends z.ZodType,
>(definition: ServiceEventDefinition<TType, TSchema>): EventDefinition<TType, TSchema> {
  const service = definition.type.split('.')[2] as EventService;
  return defineEvent({
    type: definition.type,
    topic: TOPICS[service],
    source: SOURCES[service],
    aggregate: definition.aggregate ?? 'programme',
    description: definition.description,
    public: definition.public,
    schema: definition.schema,
  });
}
