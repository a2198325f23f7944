import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { ProgrammeIndicatorsController } from './programme-indicators.controller.js';
import { ProgrammeIndicatorsService } from './programme-indicators.service.js';

/** The indicators a programme tracks, configured by its backbone. */
@Module({
  imports: [MeasurementProgrammeAccessModule],
  controllers: [ProgrammeIndicatorsController],
  providers: [ProgrammeIndicatorsService],
})
export class ProgrammeIndicatorsModule {}
