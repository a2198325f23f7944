import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { MeasurementSettingsModule } from '../settings/settings.module.js';
import {
  ProgrammeSubmissionsController,
  SubmissionsController,
  SubmissionTemplateController,
} from './submissions.controller.js';
import { SubmissionsService } from './submissions.service.js';

/** Organisations' submissions: saved, submitted, decided; an approval updates progress. */
@Module({
  imports: [MeasurementProgrammeAccessModule, MeasurementSettingsModule, ProgressModule],
  controllers: [ProgrammeSubmissionsController, SubmissionsController, SubmissionTemplateController],
  providers: [SubmissionsService],
})
export class SubmissionsModule {}
