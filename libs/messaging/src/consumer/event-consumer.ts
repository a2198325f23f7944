import { Controller, Inject, type Type } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { z } from 'zod';
import type { RegisteredEvent } from '@samvirke/contracts';
import type { EventContext } from './event-context.js';
import { OnEvent } from './on-event.decorator.js';

/**
 * What a consumer does with one event type: `handle` gets the event's data as its contract types
 * it, the inbox transaction's context, and the consumer's one dependency (a Nest provider).
 */
export interface EventHandler<S = void> {
  readonly event: RegisteredEvent;
  // Method syntax on purpose: its parameters are bivariant, so handlers of different events fit in
  // one list while each is checked against its own contract where `on` makes it.
  handle(data: never, context: EventContext, dependency: S): Promise<void>;
}

/** A handler of one event type, its data typed by the contract. */
export function on<D extends RegisteredEvent, S = void>(
  event: D,
  handle: (data: z.infer<D['schema']>, context: EventContext, dependency: S) => Promise<void>,
): EventHandler<S> {
  return { event, handle };
}

/** Two handlers of one event type as one: the first, then the second, in the same transaction. */
export function inOrder<S>(first: EventHandler<S>, then: EventHandler<S>): EventHandler<S> {
  if (first.event.type !== then.event.type) {
    throw new Error(`inOrder: ${first.event.type} and ${then.event.type} are not one event type`);
  }
  return {
    event: first.event,
    async handle(data: never, context: EventContext, dependency: S): Promise<void> {
      await first.handle(data, context, dependency);
      await then.handle(data, context, dependency);
    },
  };
}

/**
 * A consumer made from a table of handlers: one @OnEvent method per event type, as if written out,
 * so that a consumer whose handlers only pass the event on says which events it takes and where
 * they go, and nothing else. `dependency` is injected and handed to every handler.
 */
export function eventConsumer<S = void>(
  name: string,
  handlers: readonly EventHandler<S>[],
  dependency?: Type<S>,
): Type {
  const TableConsumer = consumerClass(dependency);
  Object.defineProperty(TableConsumer, 'name', { value: name });
  const prototype = TableConsumer.prototype as WithDependency<S>;
  for (const handler of handlers) addMethod(prototype, handler);
  return TableConsumer;
}

interface WithDependency<S> {
  readonly dependency: S;
}

function consumerClass<S>(dependency?: Type<S>): Type<WithDependency<S>> {
  if (!dependency) {
    @Controller()
    class Consumer {
      readonly dependency = undefined as S;
    }
    return Consumer;
  }
  @Controller()
  class Consumer {
    constructor(@Inject(dependency) readonly dependency: S) {}
  }
  return Consumer;
}

function addMethod<S>(prototype: WithDependency<S>, handler: EventHandler<S>): void {
  const key = `on ${handler.event.type}`;
  if (Object.hasOwn(prototype, key))
    throw new Error(`${handler.event.type} has two handlers in one consumer`);
  const descriptor = {
    value: async function (this: WithDependency<S>, data: unknown, context: EventContext): Promise<void> {
      // The consumer has parsed `data` with the event's schema before it calls the handler.
      await handler.handle(data as never, context, this.dependency);
    },
    writable: true,
    configurable: true,
  };
  Object.defineProperty(prototype, key, descriptor);
  Payload()(prototype, key, 0);
  Ctx()(prototype, key, 1);
  OnEvent(handler.event)(prototype, key, descriptor);
}
