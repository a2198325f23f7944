import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DefineIndicator, IndicatorDto, ListIndicatorsQuery, Page } from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { isUniqueViolation } from '@samvirke/persistence';
import { DomainError } from '@samvirke/platform';
import { codeTaken, definedEvent, indicatorFilter, unknownDenominator } from './indicators.rules.js';
import { findIndicator, indicatorIdByCode, insertIndicator, listIndicators } from './indicators.store.js';

/** The shared indicator library: every programme measures with the same definitions. */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {}

  async define(command: DefineIndicator): Promise<IndicatorDto> {
    const id = randomUUID();
    try {
      return await this.dataSource.transaction(async (manager) => {
        await insertIndicator(manager, id, command, await this.denominatorId(manager, command));
        const indicator = await this.load(manager, id);
        await this.outbox.recordAll(manager, [definedEvent(indicator)]);
        return indicator;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw codeTaken(command.code);
      throw error;
    }
  }

  get(id: string): Promise<IndicatorDto> {
    return this.load(this.dataSource.manager, id);
  }

  list(query: ListIndicatorsQuery): Promise<Page<IndicatorDto>> {
    return listIndicators(this.dataSource.manager, indicatorFilter(query));
  }

  private async denominatorId(manager: EntityManager, command: DefineIndicator): Promise<string | null> {
    if (!command.denominatorCode) return null;
    const id = await indicatorIdByCode(manager, command.denominatorCode);
    if (!id) throw unknownDenominator(command.denominatorCode);
    return id;
  }

  private async load(manager: EntityManager, id: string): Promise<IndicatorDto> {
    const indicator = await findIndicator(manager, id);
    if (!indicator) throw new DomainError('not-found', `No indicator has id ${id}.`);
    return indicator;
  }
}
