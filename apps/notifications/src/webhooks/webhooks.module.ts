import { Module } from '@nestjs/common';
import { DeadLettersService } from './dead-letters.service.js';
import { PublicWebhooksConsumer } from './webhook-fan-out.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { WebhooksController } from './webhooks.controller.js';

@Module({
  controllers: [WebhooksController, PublicWebhooksConsumer],
  providers: [SubscriptionsService, DeadLettersService],
})
export class WebhooksModule {}
