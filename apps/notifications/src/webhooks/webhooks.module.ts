import { Module } from '@nestjs/common';
import { DeadLettersService } from './dead-letters.service.js';
import { PublicEventsConsumer } from './public-events.consumer.js';
import { WebhookQueue } from './webhook-queue.service.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

/** Integration clients' subscriptions to the public events, the webhooks queued for them, dead letters. */
@Module({
  controllers: [WebhooksController, PublicEventsConsumer],
  providers: [WebhooksService, DeadLettersService, WebhookQueue],
})
export class WebhooksModule {}
