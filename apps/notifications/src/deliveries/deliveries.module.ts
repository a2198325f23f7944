import { Module } from '@nestjs/common';
import { TemplatesModule } from '../templates/templates.module.js';
import { DeliveriesController } from './deliveries.controller.js';
import { DeliveriesService } from './deliveries.service.js';
import { DeliveryWorker } from './delivery-worker.js';
import { DigestScheduler } from './digest.scheduler.js';

/** Sending what fan-out and webhooks queued, the daily digest, and the admins' view of deliveries. */
@Module({
  imports: [TemplatesModule],
  controllers: [DeliveriesController],
  providers: [DeliveriesService, DeliveryWorker, DigestScheduler],
})
export class DeliveriesModule {}
