import { EventPattern } from '@nestjs/microservices';
import type { z } from 'zod';
import type { RegisteredEvent } from '@samvirke/contracts';
import type { EventContext } from './event-context.js';

type Handler<D extends RegisteredEvent> = (
  data: z.infer<D['schema']>,
  context: EventContext,
) => Promise<void>;

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
