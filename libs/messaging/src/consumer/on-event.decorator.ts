import { EventPattern } from '@nestjs/microservices';
import type { z } from 'zod';
import type { CloudEvent, RegisteredEvent } from '@samvirke/contracts';
import type { EventContext } from './event-context.js';

type Handler<D extends RegisteredEvent> = (
  data: z.infer<D['schema']>,
  context: EventContext,
) => Promise<void>;

/** One event of a batch handed to an @OnEvents handler: the validated data and its envelope. */
export interface EventBatchItem<T> {
  readonly data: T;
  readonly event: CloudEvent;
}

type BatchHandler<D extends RegisteredEvent> = (
  items: readonly EventBatchItem<z.infer<D['schema']>>[],
  context: EventContext,
) => Promise<void>;

/** The pattern under which a batch handler of an event type is registered. */
export function batchPattern(type: string): string {
  return `batch:${type}`;
}

/**
 * Declares a handler for one registered event type. The handler's payload type is checked
 * against the contract at compile time; routing is by the explicit type string, never a class name.
 */
export function OnEvent<D extends RegisteredEvent>(definition: D) {
  const pattern = EventPattern as (metadata: string) => MethodDecorator;
  return (target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<Handler<D>>): void => {
    pattern(definition.type)(target, key, descriptor);
  };
}

/**
 * Declares a handler that takes several events of one type at once — consecutive events of that
 * type in a Kafka batch, in order, none of them seen before by this consumer — so that a
 * projection can apply them with one statement instead of one per event. Same guarantees as
 * @OnEvent: the changes go through `context.manager`, the transaction of the inbox rows. When
 * the batch fails, every event is retried on its own (a one-item call), then dead-lettered.
 * `context.event` is the first event of the call, `context.events` all of them.
 */
export function OnEvents<D extends RegisteredEvent>(definition: D) {
  const pattern = EventPattern as (metadata: string) => MethodDecorator;
  return (
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<BatchHandler<D>>,
  ): void => {
    pattern(batchPattern(definition.type))(target, key, descriptor);
  };
}
