import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { PUBLIC_EVENT_TYPES } from '@samvirke/contracts';
import { EventContext } from '@samvirke/messaging';
import { WebhookQueue } from './webhook-queue.service.js';

/**
 * Webhooks carry the public events (libs/contracts/src/public, docs/integrations.md) and nothing
 * else: the same events, ids and data without personal data as the event feed and the public
 * Kafka topics, read from those topics.
 *
 * One handler for every public type, unlike the typed @OnEvent handlers of fan-out/: a webhook
 * forwards the event's data as the transport checked it against its contract and never reads a
 * field of it, so there is nothing a renamed field could silently break; and a public event added
 * to the contracts is offered to integrations without a change here (subscriptions accept every
 * PUBLIC_EVENT_TYPE).
 */
@Controller()
export class PublicEventsConsumer {
  constructor(private readonly webhooks: WebhookQueue) {}

  @EventPattern([...PUBLIC_EVENT_TYPES])
  async onPublicEvent(@Payload() data: unknown, @Ctx() context: EventContext): Promise<void> {
    await this.webhooks.queue(context.event, data, context.manager);
  }
}
