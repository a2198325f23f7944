import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { z } from 'zod';
import {
  configureProgrammeIndicatorSchema,
  type ConfigureProgrammeIndicator,
  type ProgrammeIndicatorDto,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { ProgrammeIndicatorsService } from './programme-indicators.service.js';

@Controller('programmes/:programmeId/indicators')
export class ProgrammeIndicatorsController {
  constructor(private readonly indicators: ProgrammeIndicatorsService) {}

  @Get()
  list(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
  ): Promise<ProgrammeIndicatorDto[]> {
    return this.indicators.list(principal, programmeId);
  }

  /** Track an indicator of the library (or change how): frequency, baseline, targets. */
  @Put(':code')
  configure(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Param('code', { schema: z.string().min(1).max(60) }) code: string,
    @Body({ schema: configureProgrammeIndicatorSchema }) body: ConfigureProgrammeIndicator,
  ): Promise<ProgrammeIndicatorDto> {
    return this.indicators.configure(principal, programmeId, code, body);
  }
}
