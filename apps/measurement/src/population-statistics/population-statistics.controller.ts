import { Body, Controller, Get, Param, Put, Query, UnsupportedMediaTypeException } from '@nestjs/common';
import { z } from 'zod';
import {
  loadPopulationStatisticsQuerySchema,
  populationStatisticsQuerySchema,
  type LoadPopulationStatisticsQuery,
  type PopulationStatisticsDto,
  type PopulationStatisticsLoaded,
  type PopulationStatisticsQuery,
} from '@samvirke/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { PopulationStatisticsService } from './population-statistics.service.js';

@Controller('indicators/:id/statistics')
export class PopulationStatisticsController {
  constructor(private readonly statistics: PopulationStatisticsService) {}

  /** The same people who keep the library load its official statistics (text/csv). */
  @Put()
  @Roles('platform-admin', 'backbone-coordinator')
  load(
    @CurrentPrincipal() principal: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Query({ schema: loadPopulationStatisticsQuerySchema }) query: LoadPopulationStatisticsQuery,
    @Body() body: unknown,
  ): Promise<PopulationStatisticsLoaded> {
    if (typeof body !== 'string') throw new UnsupportedMediaTypeException('Send the file as text/csv.');
    return this.statistics.load(principal, id, body, query.source);
  }

  @Get()
  read(
    @Param('id', { schema: z.uuid() }) id: string,
    @Query({ schema: populationStatisticsQuerySchema }) query: PopulationStatisticsQuery,
  ): Promise<PopulationStatisticsDto> {
    return this.statistics.read(id, query);
  }
}
