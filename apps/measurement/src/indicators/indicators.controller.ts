import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  defineIndicatorSchema,
  listIndicatorsQuerySchema,
  type DefineIndicator,
  type IndicatorDto,
  type ListIndicatorsQuery,
  type Page,
} from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { IndicatorsService } from './indicators.service.js';

@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  /** The library is shared by every programme: platform admins and backbone coordinators add to it. */
  @Post()
  @HttpCode(201)
  @Roles('platform-admin', 'backbone-coordinator')
  define(@Body({ schema: defineIndicatorSchema }) body: DefineIndicator): Promise<IndicatorDto> {
    return this.indicators.define(body);
  }

  @Get()
  list(
    @Query({ schema: listIndicatorsQuerySchema }) query: ListIndicatorsQuery,
  ): Promise<Page<IndicatorDto>> {
    return this.indicators.list(query);
  }

  @Get(':id')
  get(@Param('id', { schema: z.uuid() }) id: string): Promise<IndicatorDto> {
    return this.indicators.get(id);
  }
}
