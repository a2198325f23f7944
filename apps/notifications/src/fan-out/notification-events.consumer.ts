import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  EVENT_REGISTRY,
  programmeCreatedV1,
  PUBLIC_TOPICS,
  TOPICS,
  type ProgrammeCreatedV1,
} from '@samvirke/contracts';
import { EventContext } from '@samvirke/messaging';
import { applyToDirectory } from '../directory/directory.projection.js';
import { FanOutService } from './fan-out.service.js';

/** The domain topics notifications makes messages from. */
const DOMAIN_TOPICS: readonly string[] = [TOPICS.partners, TOPICS.measurement, TOPICS.grants];

/** Every topic notifications listens to: the domain topics, and the public ones for webhooks. */
export const NOTIFICATION_TOPICS = [
  TOPICS.partners,
  TOPICS.measurement,
  TOPICS.grants,
  PUBLIC_TOPICS.partners,
  PUBLIC_TOPICS.measurement,
  PUBLIC_TOPICS.grants,
] as const;

const CONSUMED_TYPES = EVENT_REGISTRY.filter((definition) => DOMAIN_TOPICS.includes(definition.topic)).map(
  (definition) => definition.type,
);

/**
 * One handler for every event of the domain topics: the transport hands a type to a single
 * handler, and notifications both keeps its directory and fans out (rules) from the same events.
 * Webhooks come from the public topics (webhooks/webhook-fan-out.ts). The transport has already checked the data against the type's contract.
 */
@Controller()
export class NotificationEventsConsumer {
  constructor(private readonly fanOut: FanOutService) {}

  @EventPattern(CONSUMED_TYPES)
  async onEvent(@Payload() data: unknown, @Ctx() context: EventContext): Promise<void> {
    await applyToDirectory(context.event, data, context.manager);
    await this.fanOut.apply(context.event, data, context.manager);
    if (context.event.type === programmeCreatedV1.type) {
      await this.fanOut.releaseDeferred((data as ProgrammeCreatedV1).programmeId, context.manager);
    }
  }
}
