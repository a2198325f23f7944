import { Controller, Get, Query } from '@nestjs/common';
import {
  progressQuerySchema,
  type DisaggregatedProgressDto,
  type HierarchyView,
  type ProgressDto,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { ProgressService } from './progress.service.js';

@Controller('programmes/:programmeId/progress')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  /**
   * Per indicator: the aggregate across organisations, baseline, target, attainment, trend, and each
   * organisation (its sub-units folded in; listed under it with `hierarchy=expanded`).
   */
  @Get()
  read(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Query({ schema: progressQuerySchema }) query: { period: string; hierarchy?: HierarchyView },
  ): Promise<ProgressDto> {
    return this.progress.read(principal, programmeId, query.period, query.hierarchy ?? 'folded');
  }

  /** The summed indicators split by their disaggregations (køn, alder, …), suppressed as the progress is. */
  @Get('disaggregations')
  disaggregations(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Query({ schema: progressQuerySchema }) query: { period: string },
  ): Promise<DisaggregatedProgressDto> {
    return this.progress.disaggregations(principal, programmeId, query.period);
  }
}
