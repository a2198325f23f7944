import { Module } from '@nestjs/common';
import { ProgrammeIndicatorsController } from '../programme-indicators/programme-indicators.controller.js';
import { ProgrammeIndicatorsService } from '../programme-indicators/programme-indicators.service.js';
import { ReportingPeriodsController } from '../reporting-periods/reporting-periods.controller.js';
import { ReportingPeriodsService } from '../reporting-periods/reporting-periods.service.js';
import {
  SubmissionsController,
  SubmissionTemplateController,
} from '../submissions/submissions.controller.js';
import { SubmissionsService } from '../submissions/submissions.service.js';
import { MeasurementProgrammeAccess } from './programme-access.js';

/** A programme's measurement: the indicators it tracks, its reporting periods and the submissions. */
@Module({
  controllers: [
    ProgrammeIndicatorsController,
    ReportingPeriodsController,
    SubmissionsController,
    SubmissionTemplateController,
  ],
  providers: [
    MeasurementProgrammeAccess,
    ProgrammeIndicatorsService,
    ReportingPeriodsService,
    SubmissionsService,
  ],
})
export class MeasurementProgrammesModule {}
