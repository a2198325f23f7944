import type { Type } from '@nestjs/common';
import type { RegisteredEvent } from '@samvirke/contracts';
import { eventConsumer, on, type EventHandler } from '@samvirke/messaging';
import { FanOutService } from './fan-out.service.js';
import type { NotificationRule } from './notification-rule.js';

/**
 * A consumer whose only work is to notify by rules: one typed handler per rule, for the event the
 * rule names, passing the event's data to fan-out in the inbox transaction.
 */
export function ruleConsumer(name: string, rules: readonly NotificationRule[]): Type {
  return eventConsumer(name, rules.map(notifyBy), FanOutService);
}

/** The handler that tells fan-out of an event by its rule. */
export function notifyBy<D extends RegisteredEvent>(rule: NotificationRule<D>): EventHandler<FanOutService> {
  return on(rule.event, (data, context, fanOut: FanOutService) =>
    fanOut.notify(rule, data, context.event, context.manager),
  );
}
