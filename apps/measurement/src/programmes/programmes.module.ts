import { Module } from '@nestjs/common';
import { ProgrammeIndicatorsController } from '../programme-indicators/programme-indicators.controller.js';
import { ProgrammeIndicatorsService } from '../programme-indicators/programme-indicators.service.js';
import { ReportingPeriodsController } from '../reporting-periods/reporting-periods.controller.js';
import { ReportingPeriodsService } from '../reporting-periods/reporting-periods.service.js';
import { MeasurementProgrammeAccess } from './programme-access.js';

/** A programme's measurement set-up: the indicators it tracks and its reporting periods. */
@Module({
  controllers: [ProgrammeIndicatorsController, ReportingPeriodsController],
  providers: [MeasurementProgrammeAccess, ProgrammeIndicatorsService, ReportingPeriodsService],
})
export class MeasurementProgrammesModule {}
