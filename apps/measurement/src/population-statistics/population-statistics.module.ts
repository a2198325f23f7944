import { Module } from '@nestjs/common';
import { PopulationStatisticsController } from './population-statistics.controller.js';
import { PopulationStatisticsService } from './population-statistics.service.js';

/** Official statistics per municipality for the library's indicators (population context). */
@Module({ controllers: [PopulationStatisticsController], providers: [PopulationStatisticsService] })
export class PopulationStatisticsModule {}
