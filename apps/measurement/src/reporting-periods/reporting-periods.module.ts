import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { ReportingPeriodsController } from './reporting-periods.controller.js';
import { ReportingPeriodsService } from './reporting-periods.service.js';

/** A programme's reporting periods: opened, closed and reopened by its backbone. */
@Module({
  imports: [MeasurementProgrammeAccessModule],
  controllers: [ReportingPeriodsController],
  providers: [ReportingPeriodsService],
})
export class ReportingPeriodsModule {}
