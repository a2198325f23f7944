import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  PopulationStatisticsDto,
  PopulationStatisticsLoaded,
  PopulationStatisticsQuery,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { statisticsFromCsv } from '@samvirke/csv';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError } from '@samvirke/platform';
import { checkStatistics, loadedEvent, loadedSummary } from './population-statistics.rules.js';
import { readStatistics, replaceStatistics, statisticsIndicator } from './population-statistics.store.js';

/** Official statistics per municipality for the library's indicators: the population context of a programme's figures. */
@Injectable()
export class PopulationStatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {}

  async load(
    principal: Principal,
    id: string,
    csv: string,
    source: string,
  ): Promise<PopulationStatisticsLoaded> {
    return this.dataSource.transaction(async (manager) => {
      const indicator = await this.indicator(manager, id);
      const parsed = statisticsFromCsv(csv);
      checkStatistics(parsed);
      await replaceStatistics(manager, indicator.id, parsed.rows, {
        source,
        by: principal.username ?? principal.subject,
      });
      const summary = loadedSummary(indicator, parsed);
      await this.outbox.recordAll(manager, [loadedEvent(summary, source)]);
      return summary;
    });
  }

  async read(id: string, query: PopulationStatisticsQuery): Promise<PopulationStatisticsDto> {
    const manager = this.dataSource.manager;
    const indicator = await this.indicator(manager, id);
    return {
      indicatorId: indicator.id,
      code: indicator.code,
      statistics: await readStatistics(manager, indicator.id, query),
    };
  }

  private async indicator(manager: EntityManager, id: string): Promise<{ id: string; code: string }> {
    const indicator = await statisticsIndicator(manager, id);
    if (!indicator) throw new DomainError('not-found', `No indicator has id ${id}.`);
    return indicator;
  }
}
