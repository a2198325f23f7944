import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  DefineIndicator,
  IndicatorDto,
  ListIndicatorsQuery,
  Page,
  VersionIndicator,
} from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { isUniqueViolation } from '@samvirke/persistence';
import { DomainError } from '@samvirke/platform';
import {
  checkRetirable,
  checkVersionable,
  codeTaken,
  definedEvent,
  indicatorFilter,
  retiredEvent,
  unknownDenominator,
  versionCode,
  versionedEvent,
} from './indicators.rules.js';
import {
  findIndicator,
  indicatorIdByCode,
  insertIndicator,
  listIndicators,
  lockIndicator,
  markRetired,
  markSuperseded,
} from './indicators.store.js';

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
        const version = { code: command.code, lineage: command.code, version: 1 };
        await insertIndicator(
          manager,
          id,
          { ...command, ...version },
          await this.denominatorId(manager, command),
        );
        const indicator = await this.load(manager, id);
        await this.outbox.recordAll(manager, [definedEvent(indicator)]);
        return indicator;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw codeTaken(command.code);
      throw error;
    }
  }

  /** Adds the lineage's next version and marks the current one superseded by it. */
  async version(id: string, command: VersionIndicator): Promise<IndicatorDto> {
    let code = '';
    try {
      return await this.dataSource.transaction(async (manager) => {
        const previous = await this.load(manager, id, lockIndicator);
        checkVersionable(previous);
        const next = { lineage: previous.lineage, version: previous.version + 1 };
        code = versionCode(next.lineage, next.version);
        const newId = randomUUID();
        const denominatorId = await this.denominatorId(manager, command);
        await insertIndicator(manager, newId, { ...command, ...next, code }, denominatorId);
        await markSuperseded(manager, previous.id, newId);
        const indicator = await this.load(manager, newId);
        await this.outbox.recordAll(manager, [definedEvent(indicator), versionedEvent(indicator, previous)]);
        return indicator;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw codeTaken(code);
      throw error;
    }
  }

  async retire(id: string): Promise<IndicatorDto> {
    return this.dataSource.transaction(async (manager) => {
      checkRetirable(await this.load(manager, id, lockIndicator));
      await markRetired(manager, id);
      const indicator = await this.load(manager, id);
      await this.outbox.recordAll(manager, [retiredEvent(indicator)]);
      return indicator;
    });
  }

  get(id: string): Promise<IndicatorDto> {
    return this.load(this.dataSource.manager, id);
  }

  list(query: ListIndicatorsQuery): Promise<Page<IndicatorDto>> {
    return listIndicators(this.dataSource.manager, indicatorFilter(query));
  }

  private async denominatorId(manager: EntityManager, command: VersionIndicator): Promise<string | null> {
    if (!command.denominatorCode) return null;
    const id = await indicatorIdByCode(manager, command.denominatorCode);
    if (!id) throw unknownDenominator(command.denominatorCode);
    return id;
  }

  private async load(manager: EntityManager, id: string, find = findIndicator): Promise<IndicatorDto> {
    const indicator = await find(manager, id);
    if (!indicator) throw new DomainError('not-found', `No indicator has id ${id}.`);
    return indicator;
  }
}
