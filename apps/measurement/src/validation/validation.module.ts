import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { MeasurementSettingsModule } from '../settings/settings.module.js';
import { ValidationController } from './validation.controller.js';
import { ValidationService } from './validation.service.js';

/** The cross-indicator rules as a report over the programme's approved history. */
@Module({
  imports: [MeasurementProgrammeAccessModule, MeasurementSettingsModule],
  controllers: [ValidationController],
  providers: [ValidationService],
})
export class ValidationModule {}
