import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { MeasurementSettingsModule } from '../settings/settings.module.js';
import { ProgressController } from './progress.controller.js';
import { ProgressProjection } from './progress.projection.js';
import { ProgressService } from './progress.service.js';

/** Progress per programme and period; the projection is kept by submissions' approvals. */
@Module({
  imports: [MeasurementProgrammeAccessModule, MeasurementSettingsModule],
  controllers: [ProgressController],
  providers: [ProgressService, ProgressProjection],
  exports: [ProgressProjection, ProgressService],
})
export class ProgressModule {}
