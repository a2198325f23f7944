import { Module } from '@nestjs/common';
import { MeasurementProgrammeAccessModule } from '../programmes/programmes.module.js';
import { StoriesController } from './stories.controller.js';
import { StoriesService } from './stories.service.js';

/** The story behind the curve, its comments, and each programme's learning log. */
@Module({
  imports: [MeasurementProgrammeAccessModule],
  controllers: [StoriesController],
  providers: [StoriesService],
})
export class StoriesModule {}
