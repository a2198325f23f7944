import { Module } from '@nestjs/common';
import { FanOutModule } from '../fan-out/fan-out.module.js';
import { DeliveriesController } from './deliveries.controller.js';
import { DeliveryWorker } from './delivery-worker.js';
import { DigestScheduler } from './digest.scheduler.js';

@Module({
  imports: [FanOutModule],
  controllers: [DeliveriesController],
  providers: [DeliveryWorker, DigestScheduler],
})
export class DeliveriesModule {}
