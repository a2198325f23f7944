import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  returnGrantReportSchema,
  submitGrantReportSchema,
  type GrantReportDto,
  type GrantReportsDto,
  type ReturnGrantReport,
  type SubmitGrantReport,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { ReportsService } from './reports.service.js';

@Controller('awards/:awardId/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  list(@Scoped('awardId') { principal, awardId }: Scoped<'awardId'>): Promise<GrantReportsDto> {
    return this.reports.list(principal, awardId);
  }

  @Post()
  submit(
    @Scoped('awardId') { principal, awardId }: Scoped<'awardId'>,
    @Body({ schema: submitGrantReportSchema }) body: SubmitGrantReport,
  ): Promise<GrantReportDto> {
    return this.reports.submit(principal, awardId, body);
  }

  @Post(':reportId/approve')
  @HttpCode(200)
  approve(
    @Scoped('awardId', 'reportId') { principal, awardId, reportId }: Scoped<'awardId' | 'reportId'>,
  ): Promise<GrantReportDto> {
    return this.reports.approve(principal, awardId, reportId);
  }

  @Post(':reportId/return')
  @HttpCode(200)
  return(
    @Scoped('awardId', 'reportId') { principal, awardId, reportId }: Scoped<'awardId' | 'reportId'>,
    @Body({ schema: returnGrantReportSchema }) body: ReturnGrantReport,
  ): Promise<GrantReportDto> {
    return this.reports.return(principal, awardId, reportId, body);
  }
}
