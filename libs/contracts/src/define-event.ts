import type { z } from 'zod';
import { EVENT_TYPE_PATTERN } from './envelope.js';

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
