import { Logger } from '@nestjs/common';
import type { MessageHandler } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@samvirke/contracts';
import { runInContext } from '@samvirke/platform';
import { EventContext } from './event-context.js';

/** A handler threw; the message is its error's. */
export class HandlerFailed extends Error {}

/** How events of one type are handled: one at a time (@OnEvent) or several at once (@OnEvents). */
export interface Route {
  readonly handler: MessageHandler;
  readonly batch: boolean;
}

/** Where the message came from, and which attempt this is. */
export interface Delivery {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly attempt: number;
}

const logger = new Logger('KafkaEventServer');

/**
 * Calls a handler with the event's data in the event's correlation context, on the batch's
 * transaction; a throw becomes HandlerFailed. `events` is what a batch handler's context lists.
 */
export async function invokeHandler(
  handler: MessageHandler,
  data: unknown,
  event: CloudEvent,
  manager: EntityManager,
  delivery: Delivery,
  events?: CloudEvent[],
): Promise<void> {
  const context = new EventContext([
    event,
    manager,
    delivery,
    ...(events ? [events] : []),
  ] as ConstructorParameters<typeof EventContext>[0]);
  await runInContext(
    { correlationId: event.correlationid, causationId: event.id, operation: event.type },
    async () => {
      try {
        const result: unknown = await handler(data, context);
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
        logger.debug({ msg: 'event handled', type: event.type, eventId: event.id });
      } catch (error) {
        throw new HandlerFailed(error instanceof Error ? error.message : String(error), { cause: error });
      }
    },
  );
}

/** One event to its route: a batch handler gets a batch of one. */
export function invokeRoute(
  route: Route,
  data: unknown,
  event: CloudEvent,
  manager: EntityManager,
  delivery: Delivery,
): Promise<void> {
  if (!route.batch) return invokeHandler(route.handler, data, event, manager, delivery);
  return invokeHandler(route.handler, [{ data, event }], event, manager, delivery, [event]);
}
