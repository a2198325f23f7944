import { Module } from '@nestjs/common';
import { TemplatesModule } from '../templates/templates.module.js';
import { FanOutService } from './fan-out.service.js';
import { GrantsEventsConsumer } from './grants-events.consumer.js';
import { MeasurementEventsConsumer } from './measurement-events.consumer.js';
import {
  AnnouncementsConsumer,
  GovernanceConsumer,
  PartnersEventsConsumer,
} from './partners-events.consumer.js';

/** The domain events notifications makes messages from, by their rules. */
@Module({
  imports: [TemplatesModule],
  controllers: [
    PartnersEventsConsumer,
    AnnouncementsConsumer,
    GovernanceConsumer,
    MeasurementEventsConsumer,
    GrantsEventsConsumer,
  ],
  providers: [FanOutService],
})
export class FanOutModule {}
