import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  extendReportingDeadlineSchema,
  openReportingPeriodSchema,
  type ExtendReportingDeadline,
  type OpenReportingPeriod,
  type ReportingPeriodDto,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { ReportingPeriodsService } from './reporting-periods.service.js';

@Controller('programmes/:programmeId/periods')
export class ReportingPeriodsController {
  constructor(private readonly periods: ReportingPeriodsService) {}

  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
  ): Promise<ReportingPeriodDto[]> {
    return this.periods.list(principal, programmeId);
  }

  @Post()
  @HttpCode(201)
  open(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Body({ schema: openReportingPeriodSchema }) body: OpenReportingPeriod,
  ): Promise<ReportingPeriodDto> {
    return this.periods.open(principal, programmeId, body);
  }

  @Post(':periodId/close')
  @HttpCode(200)
  close(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Param('periodId', { schema: z.uuid() }) periodId: string,
  ): Promise<ReportingPeriodDto> {
    return this.periods.setStatus(principal, programmeId, periodId, 'closed');
  }

  @Post(':periodId/extend')
  @HttpCode(200)
  extend(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Param('periodId', { schema: z.uuid() }) periodId: string,
    @Body({ schema: extendReportingDeadlineSchema }) body: ExtendReportingDeadline,
  ): Promise<ReportingPeriodDto> {
    return this.periods.extend(principal, programmeId, periodId, body.dueDate);
  }

  @Post(':periodId/reopen')
  @HttpCode(200)
  reopen(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Param('periodId', { schema: z.uuid() }) periodId: string,
  ): Promise<ReportingPeriodDto> {
    return this.periods.setStatus(principal, programmeId, periodId, 'open');
  }
}
