import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { ScorecardController } from './scorecard.controller.js';
import { ScorecardService } from './scorecard.service.js';

/** Results-Based Accountability scorecards per programme and goal, and comparisons across programmes. */
@Module({
  imports: [MeasurementProgrammeAccessModule, ProgressModule],
  controllers: [ScorecardController],
  providers: [ScorecardService],
})
export class ScorecardModule {}
