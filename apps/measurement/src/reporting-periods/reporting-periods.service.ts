import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OpenReportingPeriod, ReportingPeriodDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { isUniqueViolation } from '@samvirke/persistence';
import { DomainError } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import {
  checkExtension,
  checkStatusChange,
  extendedEvent,
  periodEvent,
  periodExists,
} from './reporting-periods.rules.js';
import {
  findPeriod,
  insertPeriod,
  listPeriods,
  updateDueDate,
  updatePeriodStatus,
} from './reporting-periods.store.js';

/** Reporting periods: open for submissions until the backbone closes (locks) them. */
@Injectable()
export class ReportingPeriodsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: MeasurementProgrammeAccess,
  ) {}

  async open(
    principal: Principal,
    programmeId: string,
    command: OpenReportingPeriod,
  ): Promise<ReportingPeriodDto> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.access.manage(principal, programmeId, manager);
        const id = randomUUID();
        await insertPeriod(manager, id, programmeId, command);
        return this.announce(manager, await this.load(manager, programmeId, id));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw periodExists(command);
      throw error;
    }
  }

  /** Closes (locks) a period, or reopens it for a correction. */
  async setStatus(
    principal: Principal,
    programmeId: string,
    periodId: string,
    status: 'open' | 'closed',
  ): Promise<ReportingPeriodDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      checkStatusChange(await this.load(manager, programmeId, periodId), status);
      await updatePeriodStatus(manager, periodId, status);
      return this.announce(manager, await this.load(manager, programmeId, periodId));
    });
  }

  /** Moves an open period's deadline later. */
  async extend(
    principal: Principal,
    programmeId: string,
    periodId: string,
    dueDate: string,
  ): Promise<ReportingPeriodDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      const current = await this.load(manager, programmeId, periodId, true);
      checkExtension(current, dueDate);
      await updateDueDate(manager, periodId, dueDate);
      const period = await this.load(manager, programmeId, periodId);
      await this.outbox.recordAll(manager, [extendedEvent(period, current.dueDate)]);
      return period;
    });
  }

  async list(principal: Principal, programmeId: string): Promise<ReportingPeriodDto[]> {
    await this.access.view(principal, programmeId);
    return listPeriods(this.dataSource.manager, programmeId);
  }

  private async announce(manager: EntityManager, period: ReportingPeriodDto): Promise<ReportingPeriodDto> {
    await this.outbox.recordAll(manager, [periodEvent(period)]);
    return period;
  }

  private async load(
    manager: EntityManager,
    programmeId: string,
    id: string,
    lock = false,
  ): Promise<ReportingPeriodDto> {
    const period = await findPeriod(manager, programmeId, id, lock);
    if (!period) throw new DomainError('not-found', `No reporting period ${id} in this programme.`);
    return period;
  }
}
