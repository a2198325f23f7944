import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgressDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { MeasurementSettingsService } from '../settings/measurement-settings.service.js';
import {
  indicatorProgress,
  tableView,
  type IndicatorFigures,
  type TableView,
  type Viewer,
} from './progress.rules.js';
import { ProgressStore, tableKey, type ProgressFigures } from './progress.store.js';
import { previousPeriod } from './periods.js';

/**
 * Progress per programme and period, read from the projection kept on approval. Everything shown —
 * each organisation's value, the aggregate, the previous period's and the trend — passes the same
 * suppression for this caller (progress.rules.ts), so no small count can be worked out from it.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeasurementProgrammeAccess,
    private readonly settings: MeasurementSettingsService,
  ) {}

  async read(principal: Principal, programmeId: string, period: string): Promise<ProgressDto> {
    await this.access.view(principal, programmeId);
    const store = new ProgressStore(this.dataSource.manager);
    const reportingPeriod = await store.reportingPeriod(programmeId, period);
    if (!reportingPeriod)
      throw new DomainError('not-found', `No reporting period ${period} in this programme.`);
    const before = previousPeriod(period);
    const figures = await store.figures(programmeId, reportingPeriod.frequency, [period, before]);
    const { suppressBelow, minContributors } = await this.settings.of(this.dataSource.manager, programmeId);
    const viewer: Viewer = {
      organisations: new Set(principal.organisations),
      suppressBelow,
      minContributors,
    };
    const views = viewsFor(figures, viewer);
    const { expected, approved, onTime } = await store.completeness(
      programmeId,
      reportingPeriod.id,
      reportingPeriod.due_date,
    );
    return {
      programmeId,
      period,
      frequency: reportingPeriod.frequency,
      completeness: { expected, approved, share: share(approved, expected) },
      timeliness: { approved, onTime, share: share(onTime, approved) },
      indicators: figures.indicators.map((indicator) =>
        indicatorProgress(
          indicator,
          views(period, indicator),
          views(before, indicator),
          figures.contributors.get(indicator.indicatorId) ?? 0,
        ),
      ),
    };
  }
}

/** Each indicator's table as this viewer sees it in a period; a weighted mean looks at its weights' view. */
function viewsFor(figures: ProgressFigures, viewer: Viewer) {
  const byId = new Map(
    [...figures.indicators, ...figures.denominators].map((indicator) => [indicator.indicatorId, indicator]),
  );
  const memo = new Map<string, TableView>();
  const view = (period: string, indicator: IndicatorFigures): TableView => {
    const key = tableKey(period, indicator.indicatorId);
    const known = memo.get(key);
    if (known) return known;
    const table = figures.tables.get(key) ?? { aggregate: null, values: [] };
    const weights = indicator.denominatorId ? denominator(period, indicator.denominatorId) : undefined;
    const result = tableView(indicator, table, viewer, weights);
    memo.set(key, result);
    return result;
  };
  const denominator = (period: string, id: string): TableView | undefined => {
    const indicator = byId.get(id);
    return indicator ? view(period, indicator) : undefined;
  };
  return view;
}

function share(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 1_000) / 10 : null;
}
