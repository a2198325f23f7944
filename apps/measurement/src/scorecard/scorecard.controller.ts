import { Controller, Get, Param, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  scorecardQuerySchema,
  type IndicatorComparisonDto,
  type ScorecardDto,
  type ScorecardQuery,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal, Scoped } from '@samvirke/auth';
import { ScorecardService } from './scorecard.service.js';

@Controller()
export class ScorecardController {
  constructor(private readonly scorecards: ScorecardService) {}

  /** Population indicators and performance measures with their curves; ?goalId= for one goal. */
  @Get('programmes/:programmeId/scorecard')
  scorecard(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Query({ schema: scorecardQuerySchema }) query: ScorecardQuery,
  ): Promise<ScorecardDto> {
    return this.scorecards.scorecard(principal, programmeId, query.goalId);
  }

  /** One indicator code across the programmes the caller's foundation funds. */
  @Get('indicators/:code/comparison')
  compare(
    @CurrentPrincipal() principal: Principal,
    @Param('code', { schema: z.string().min(1).max(60) }) code: string,
  ): Promise<IndicatorComparisonDto> {
    return this.scorecards.compare(principal, code);
  }
}
