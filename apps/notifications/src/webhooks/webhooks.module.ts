import { Module } from '@nestjs/common';
import { DeadLettersService } from './dead-letters.service.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { WebhooksController } from './webhooks.controller.js';

@Module({ controllers: [WebhooksController], providers: [SubscriptionsService, DeadLettersService] })
export class WebhooksModule {}
