import { Controller, Get, Query } from '@nestjs/common';
import { analyticsQuerySchema, type AnalyticsDto, type AnalyticsQuery } from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { AnalyticsService } from './analytics.service.js';

@Controller('programmes/:programmeId/analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  /** Approved values by indicator × period × organisation or region × disaggregation, suppressed as progress is. */
  @Get()
  read(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Query({ schema: analyticsQuerySchema }) query: AnalyticsQuery,
  ): Promise<AnalyticsDto> {
    return this.analytics.read(principal, programmeId, query);
  }
}
