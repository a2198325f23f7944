import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EVENT_REGISTRY, programmeCreatedV1, TOPICS, type ProgrammeCreatedV1 } from '@samvirke/contracts';
import { EventContext } from '@samvirke/messaging';
import { applyToDirectory } from '../directory/directory.projection.js';
import { FanOutService } from './fan-out.service.js';

/** The topics notifications listens to. */
export const NOTIFICATION_TOPICS = [TOPICS.partners, TOPICS.measurement, TOPICS.grants] as const;

const CONSUMED_TYPES = EVENT_REGISTRY.filter((definition) =>
  (NOTIFICATION_TOPICS as readonly string[]).includes(definition.topic),
).map((definition) => definition.type);

/**
 * One handler for every event of the consumed topics: the transport hands a type to a single
 * handler, and notifications both keeps its directory and fans out (rules and webhooks) from the
 * same events. The transport has already checked the data against the type's contract.
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
