import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { MeasurementSettingsController } from './settings.controller.js';
import { MeasurementSettingsService } from './settings.service.js';

/** A programme's measurement settings; other features read them through MeasurementSettingsService. */
@Module({
  imports: [MeasurementProgrammeAccessModule],
  controllers: [MeasurementSettingsController],
  providers: [MeasurementSettingsService],
  exports: [MeasurementSettingsService],
})
export class MeasurementSettingsModule {}
