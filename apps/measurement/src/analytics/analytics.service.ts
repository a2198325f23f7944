import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AnalyticsDto, AnalyticsQuery } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { withSubUnits } from '@samvirke/directory';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { categoryCombinations } from '../progress/disaggregation.store.js';
import { viewerOf } from '../progress/progress.rules.js';
import { MeasurementSettingsService } from '../settings/settings.service.js';
import { analyticsAnswer } from './analytics.rules.js';
import { AnalyticsStore, type AnalyticsIndicator } from './analytics.store.js';

/**
 * Approved values pivoted for one caller, over the same projection progress reads (progress_value
 * and progress_aggregate), and as cautious as progress for them (analytics.rules.ts).
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeasurementProgrammeAccess,
    private readonly settings: MeasurementSettingsService,
  ) {}

  async read(principal: Principal, programmeId: string, query: AnalyticsQuery): Promise<AnalyticsDto> {
    await this.access.view(principal, programmeId);
    const manager = this.dataSource.manager;
    const store = new AnalyticsStore(manager);
    const by = query.by ?? [];
    const indicators = await withCombinations(
      manager,
      await store.indicators(programmeId, query.indicators ?? null),
    );
    // A municipality chosen by the filter brings its sub-units (forvaltninger, institutions) along.
    const chosen = query.organisations ? new Set(await withSubUnits(manager, query.organisations)) : null;
    const [figures, settings] = await Promise.all([
      store.approvedFigures(programmeId, indicators, {
        range: { from: query.from ?? null, to: query.to ?? null },
        withCategories: by.includes('disaggregation'),
      }),
      this.settings.of(manager, programmeId),
    ]);
    return analyticsAnswer(
      {
        programmeId,
        by,
        indicators,
        ...figures,
        organisations: chosen,
        regions: query.regions ? new Set(query.regions) : null,
        hierarchy: query.hierarchy ?? 'folded',
      },
      viewerOf(principal.organisations, settings),
    );
  }
}

/** The indicators with their category combinations, whose cross cells `by=disaggregation` adds. */
async function withCombinations(
  manager: EntityManager,
  indicators: AnalyticsIndicator[],
): Promise<AnalyticsIndicator[]> {
  const combinations = await categoryCombinations(
    manager,
    indicators.map((indicator) => indicator.code),
  );
  return indicators.map((indicator) => ({
    ...indicator,
    categoryCombinations: combinations.get(indicator.code) ?? [],
  }));
}
