import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { MeasurementSettingsModule } from '../settings/settings.module.js';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsService } from './analytics.service.js';
import { MeasurementPartnersConsumer } from './organisation-places.consumer.js';

/** The pivot of approved values, and where organisations are (for regions), kept from partners' events. */
@Module({
  imports: [MeasurementProgrammeAccessModule, MeasurementSettingsModule],
  controllers: [AnalyticsController, MeasurementPartnersConsumer],
  providers: [AnalyticsService],
})
export class AnalyticsModule {}
