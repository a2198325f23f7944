import { Module } from '@nestjs/common';
import { ProgrammeIndicatorsController } from '../programme-indicators/programme-indicators.controller.js';
import { ProgrammeIndicatorsService } from '../programme-indicators/programme-indicators.service.js';
import { ReportingPeriodsController } from '../reporting-periods/reporting-periods.controller.js';
import { ReportingPeriodsService } from '../reporting-periods/reporting-periods.service.js';
import {
  ProgrammeSubmissionsController,
  SubmissionsController,
  SubmissionTemplateController,
} from '../submissions/submissions.controller.js';
import { SubmissionsService } from '../submissions/submissions.service.js';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler.js';
import { MeasurementSettingsController } from '../settings/measurement-settings.controller.js';
import { MeasurementSettingsService } from '../settings/measurement-settings.service.js';
import { ProgressController } from '../progress/progress.controller.js';
import { ProgressProjection } from '../progress/progress.projection.js';
import { ProgressService } from '../progress/progress.service.js';
import { MeasurementProgrammeAccess } from './programme-access.js';

/** A programme's measurement: the indicators it tracks, its reporting periods and the submissions. */
@Module({
  controllers: [
    ProgrammeIndicatorsController,
    ReportingPeriodsController,
    ProgrammeSubmissionsController,
    SubmissionsController,
    SubmissionTemplateController,
    ProgressController,
    MeasurementSettingsController,
  ],
  providers: [
    MeasurementProgrammeAccess,
    ProgrammeIndicatorsService,
    ReportingPeriodsService,
    SubmissionsService,
    ProgressProjection,
    ProgressService,
    DeadlineScheduler,
    MeasurementSettingsService,
  ],
})
export class MeasurementProgrammesModule {}
