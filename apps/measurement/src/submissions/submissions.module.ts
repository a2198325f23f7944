import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { MeasurementSettingsModule } from '../settings/settings.module.js';
import {
  ProgrammeSubmissionsController,
  SubmissionImportController,
  SubmissionsController,
  SubmissionTemplateController,
} from './submissions.controller.js';
import { SubmissionAnnouncements } from './submission-announcements.js';
import { SubmissionDecisions } from './submission-decisions.js';
import { SubmissionImportService } from './submission-import.service.js';
import { SubmissionsService } from './submissions.service.js';

/** Organisations' submissions: saved, submitted, decided, or imported; an approval updates progress. */
@Module({
  imports: [MeasurementProgrammeAccessModule, MeasurementSettingsModule, ProgressModule],
  controllers: [
    ProgrammeSubmissionsController,
    SubmissionsController,
    SubmissionImportController,
    SubmissionTemplateController,
  ],
  providers: [SubmissionsService, SubmissionImportService, SubmissionAnnouncements, SubmissionDecisions],
  exports: [SubmissionAnnouncements, SubmissionDecisions],
})
export class SubmissionsModule {}
