import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DisaggregatedProgressDto, HierarchyView, ProgressDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { MeasurementSettingsService } from '../settings/settings.service.js';
import { disaggregationAnswer } from './disaggregation.rules.js';
import { approvedCategoryValues, summedDimensions } from './disaggregation.store.js';
import { previousPeriod } from './periods.js';
import { progressAnswer, viewerOf } from './progress.rules.js';
import { ProgressStore } from './progress.store.js';

/**
 * Progress per programme and period, read from the projection kept on approval, as the caller may
 * see it: every figure passes the small-number suppression for them (progress.rules.ts).
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeasurementProgrammeAccess,
    private readonly settings: MeasurementSettingsService,
  ) {}

  async read(
    principal: Principal,
    programmeId: string,
    period: string,
    hierarchy: HierarchyView = 'folded',
  ): Promise<ProgressDto> {
    await this.access.view(principal, programmeId);
    const store = new ProgressStore(this.dataSource.manager);
    const reportingPeriod = await store.reportingPeriod(programmeId, period);
    if (!reportingPeriod)
      throw new DomainError('not-found', `No reporting period ${period} in this programme.`);
    const before = previousPeriod(period);
    const figures = await store.figures(programmeId, reportingPeriod.frequency, [period, before]);
    const settings = await this.settings.of(this.dataSource.manager, programmeId);
    const completeness = await store.completeness(programmeId, reportingPeriod.id, reportingPeriod.due_date);
    return progressAnswer(
      {
        programmeId,
        period,
        previousPeriod: before,
        frequency: reportingPeriod.frequency,
        figures,
        completeness,
        hierarchy,
      },
      viewerOf(principal.organisations, settings),
    );
  }

  /** The summed indicators by their disaggregations, beside (and as cautious as) `read` for the caller. */
  async disaggregations(
    principal: Principal,
    programmeId: string,
    period: string,
  ): Promise<DisaggregatedProgressDto> {
    // Expanded: a unit hidden under a shown folded row holds a sensitive count's categories back too.
    const progress = await this.read(principal, programmeId, period, 'expanded');
    const manager = this.dataSource.manager;
    const [dimensions, values, settings] = await Promise.all([
      summedDimensions(
        manager,
        progress.indicators.map((indicator) => indicator.code),
      ),
      approvedCategoryValues(manager, programmeId, period),
      this.settings.of(manager, programmeId),
    ]);
    const indicators = progress.indicators.flatMap((indicator) => {
      const found = dimensions.get(indicator.code);
      return found
        ? [
            {
              progress: indicator,
              disaggregations: found.disaggregations,
              combinations: found.categoryCombinations,
            },
          ]
        : [];
    });
    return disaggregationAnswer(progress, indicators, values, viewerOf(principal.organisations, settings));
  }
}
