import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AnalyticsDto, AnalyticsQuery } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { tableKey, viewerOf } from '../progress/progress.rules.js';
import type { OrganisationValue } from '../progress/table-view.js';
import { MeasurementSettingsService } from '../settings/settings.service.js';
import type { GroupedValue } from './analytics-groups.rules.js';
import { analyticsAnswer } from './analytics.rules.js';
import { AnalyticsStore, type PeriodRange } from './analytics.store.js';

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
    const range: PeriodRange = { from: query.from ?? null, to: query.to ?? null };
    const indicators = await store.indicators(programmeId, query.indicators ?? null);
    const ids = indicators.map((indicator) => indicator.indicatorId);
    const latest = indicators.some((indicator) => indicator.aggregation === 'latest');
    const summedWithCategories = indicators
      .filter((indicator) => indicator.aggregation === 'sum' && indicator.disaggregations.length > 0)
      .map((indicator) => indicator.indicatorId);
    const [valueRows, aggregateRows, categories, settings] = await Promise.all([
      store.values(programmeId, ids, range, latest),
      store.aggregates(programmeId, ids, range),
      by.includes('disaggregation') ? store.categoryValues(programmeId, summedWithCategories, range) : [],
      this.settings.of(manager, programmeId),
    ]);
    const tables = new Map<string, { aggregate: number | null; values: OrganisationValue[] }>();
    const values = new Map<string, (GroupedValue & { regionCode: string | null })[]>();
    const table = (key: string) => {
      const found = tables.get(key) ?? { aggregate: null, values: [] };
      tables.set(key, found);
      return found;
    };
    for (const row of aggregateRows)
      table(tableKey(row.period, row.indicator_id)).aggregate = row.value === null ? null : Number(row.value);
    for (const row of valueRows) {
      const key = tableKey(row.period, row.indicator_id);
      const value = { organisationId: row.organisation_id, name: row.name, value: Number(row.raw) };
      table(key).values.push(value);
      const grouped = values.get(key) ?? [];
      grouped.push({ ...value, decidedAt: row.decided_at ?? 0, regionCode: row.region_code });
      values.set(key, grouped);
    }
    const periods = [...new Set([...aggregateRows, ...valueRows].map((row) => row.period))].sort();
    return analyticsAnswer(
      {
        programmeId,
        by,
        indicators,
        tables,
        values,
        categories,
        periods,
        organisations: query.organisations ? new Set(query.organisations) : null,
        regions: query.regions ? new Set(query.regions) : null,
      },
      viewerOf(principal.organisations, settings),
    );
  }
}
