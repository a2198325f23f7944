import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  extendReportingDeadlineSchema,
  lockReportingPeriodSchema,
  openReportingPeriodSchema,
  reopenLockedPeriodSchema,
  type ExtendReportingDeadline,
  type LockReportingPeriod,
  type OpenReportingPeriod,
  type ReopenLockedPeriod,
  type ReportingPeriodDto,
  type ReportingPeriodHistoryEntry,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { ReportingPeriodsService } from './reporting-periods.service.js';

@Controller('programmes/:programmeId/periods')
export class ReportingPeriodsController {
  constructor(private readonly periods: ReportingPeriodsService) {}

  @Get()
  list(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
  ): Promise<ReportingPeriodDto[]> {
    return this.periods.list(principal, programmeId);
  }

  @Post()
  @HttpCode(201)
  open(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: openReportingPeriodSchema }) body: OpenReportingPeriod,
  ): Promise<ReportingPeriodDto> {
    return this.periods.open(principal, programmeId, body);
  }

  @Post(':periodId/close')
  @HttpCode(200)
  close(
    @Scoped('programmeId', 'periodId')
    { principal, programmeId, periodId }: Scoped<'programmeId' | 'periodId'>,
  ): Promise<ReportingPeriodDto> {
    return this.periods.setStatus(principal, programmeId, periodId, 'closed');
  }

  @Post(':periodId/extend')
  @HttpCode(200)
  extend(
    @Scoped('programmeId', 'periodId')
    { principal, programmeId, periodId }: Scoped<'programmeId' | 'periodId'>,
    @Body({ schema: extendReportingDeadlineSchema }) body: ExtendReportingDeadline,
  ): Promise<ReportingPeriodDto> {
    return this.periods.extend(principal, programmeId, periodId, body.dueDate);
  }

  @Post(':periodId/reopen')
  @HttpCode(200)
  reopen(
    @Scoped('programmeId', 'periodId')
    { principal, programmeId, periodId }: Scoped<'programmeId' | 'periodId'>,
  ): Promise<ReportingPeriodDto> {
    return this.periods.setStatus(principal, programmeId, periodId, 'open');
  }

  @Post(':periodId/lock')
  @HttpCode(200)
  lock(
    @Scoped('programmeId', 'periodId')
    { principal, programmeId, periodId }: Scoped<'programmeId' | 'periodId'>,
    @Body({ schema: lockReportingPeriodSchema }) body: LockReportingPeriod,
  ): Promise<ReportingPeriodDto> {
    return this.periods.lock(principal, programmeId, periodId, body.reason ?? null);
  }

  @Post(':periodId/unlock')
  @HttpCode(200)
  unlock(
    @Scoped('programmeId', 'periodId')
    { principal, programmeId, periodId }: Scoped<'programmeId' | 'periodId'>,
    @Body({ schema: reopenLockedPeriodSchema }) body: ReopenLockedPeriod,
  ): Promise<ReportingPeriodDto> {
    return this.periods.unlock(principal, programmeId, periodId, body.reason);
  }

  @Get(':periodId/history')
  history(
    @Scoped('programmeId', 'periodId')
    { principal, programmeId, periodId }: Scoped<'programmeId' | 'periodId'>,
  ): Promise<ReportingPeriodHistoryEntry[]> {
    return this.periods.history(principal, programmeId, periodId);
  }
}
