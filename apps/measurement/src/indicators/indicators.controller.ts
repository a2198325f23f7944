import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  defineIndicatorSchema,
  listIndicatorsQuerySchema,
  versionIndicatorSchema,
  type DefineIndicator,
  type IndicatorDto,
  type ListIndicatorsQuery,
  type Page,
  type VersionIndicator,
} from '@samvirke/contracts';
import { Roles } from '@samvirke/auth';
import { UuidParam } from '@samvirke/platform';
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

  /** A new version replaces the current one for programmes that add it from now on. */
  @Post(':id/versions')
  @HttpCode(201)
  @Roles('platform-admin', 'backbone-coordinator')
  version(
    @UuidParam('id') id: string,
    @Body({ schema: versionIndicatorSchema }) body: VersionIndicator,
  ): Promise<IndicatorDto> {
    return this.indicators.version(id, body);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Roles('platform-admin', 'backbone-coordinator')
  retire(@UuidParam('id') id: string): Promise<IndicatorDto> {
    return this.indicators.retire(id);
  }

  @Get()
  list(
    @Query({ schema: listIndicatorsQuerySchema }) query: ListIndicatorsQuery,
  ): Promise<Page<IndicatorDto>> {
    return this.indicators.list(query);
  }

  @Get(':id')
  get(@UuidParam('id') id: string): Promise<IndicatorDto> {
    return this.indicators.get(id);
  }
}
