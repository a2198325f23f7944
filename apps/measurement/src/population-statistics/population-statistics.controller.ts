import { Body, Controller, Get, Put, Query, UnsupportedMediaTypeException } from '@nestjs/common';
import {
  loadPopulationStatisticsQuerySchema,
  populationStatisticsQuerySchema,
  type LoadPopulationStatisticsQuery,
  type PopulationStatisticsDto,
  type PopulationStatisticsLoaded,
  type PopulationStatisticsQuery,
} from '@samvirke/contracts';
import { Roles, Scoped } from '@samvirke/auth';
import { UuidParam } from '@samvirke/platform';
import { PopulationStatisticsService } from './population-statistics.service.js';

@Controller('indicators/:id/statistics')
export class PopulationStatisticsController {
  constructor(private readonly statistics: PopulationStatisticsService) {}

  /** The same people who keep the library load its official statistics (text/csv). */
  @Put()
  @Roles('platform-admin', 'backbone-coordinator')
  load(
    @Scoped('id') { principal, id }: Scoped<'id'>,
    @Query({ schema: loadPopulationStatisticsQuerySchema }) query: LoadPopulationStatisticsQuery,
    @Body() body: unknown,
  ): Promise<PopulationStatisticsLoaded> {
    if (typeof body !== 'string') throw new UnsupportedMediaTypeException('Send the file as text/csv.');
    return this.statistics.load(principal, id, body, query.source);
  }

  @Get()
  read(
    @UuidParam('id') id: string,
    @Query({ schema: populationStatisticsQuerySchema }) query: PopulationStatisticsQuery,
  ): Promise<PopulationStatisticsDto> {
    return this.statistics.read(id, query);
  }
}
