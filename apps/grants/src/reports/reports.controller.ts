import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  returnGrantReportSchema,
  submitGrantReportSchema,
  type GrantReportDto,
  type GrantReportsDto,
  type ReturnGrantReport,
  type SubmitGrantReport,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { ReportsService } from './reports.service.js';

@Controller('awards/:awardId/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', { schema: z.uuid() }) awardId: string,
  ): Promise<GrantReportsDto> {
    return this.reports.list(principal, awardId);
  }

  @Post()
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', { schema: z.uuid() }) awardId: string,
    @Body({ schema: submitGrantReportSchema }) body: SubmitGrantReport,
  ): Promise<GrantReportDto> {
    return this.reports.submit(principal, awardId, body);
  }

  @Post(':reportId/approve')
  @HttpCode(200)
  approve(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', { schema: z.uuid() }) awardId: string,
    @Param('reportId', { schema: z.uuid() }) reportId: string,
  ): Promise<GrantReportDto> {
    return this.reports.approve(principal, awardId, reportId);
  }

  @Post(':reportId/return')
  @HttpCode(200)
  return(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', { schema: z.uuid() }) awardId: string,
    @Param('reportId', { schema: z.uuid() }) reportId: string,
    @Body({ schema: returnGrantReportSchema }) body: ReturnGrantReport,
  ): Promise<GrantReportDto> {
    return this.reports.return(principal, awardId, reportId, body);
  }
}
