import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  OpenReportingPeriod,
  ReportingPeriodDto,
  ReportingPeriodHistoryEntry,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { isUniqueViolation } from '@samvirke/persistence';
import { DomainError } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { actorName } from '../submissions/submission-workflow.js';
import {
  checkExtension,
  checkLockable,
  checkStatusChange,
  checkUnlockable,
  extendedEvent,
  lockEvent,
  periodEvent,
  periodExists,
} from './reporting-periods.rules.js';
import {
  dataProviderIds,
  findPeriod,
  insertPeriod,
  listPeriods,
  periodHistory,
  recordPeriodAction,
  updateDueDate,
  updatePeriodStatus,
} from './reporting-periods.store.js';

/**
 * Reporting periods: open for submissions until the backbone closes them (the backbone still
 * decides on what was submitted, and history is imported into closed periods), or locks them
 * (nothing changes until it reopens them with a reason). Every close, lock and reopening is kept.
 */
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
      checkStatusChange(await this.load(manager, programmeId, periodId, true), status);
      await updatePeriodStatus(manager, periodId, status);
      const action = status === 'closed' ? 'closed' : 'reopened';
      await recordPeriodAction(manager, randomUUID(), periodId, {
        action,
        reason: null,
        by: actorName(principal),
      });
      return this.announce(manager, await this.load(manager, programmeId, periodId));
    });
  }

  /**
   * Locks a period, open or closed: nothing in it changes until the backbone reopens it with a
   * reason. The lock waits for changes under way (they read the period FOR SHARE).
   */
  async lock(
    principal: Principal,
    programmeId: string,
    periodId: string,
    reason: string | null,
  ): Promise<ReportingPeriodDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      checkLockable(await this.load(manager, programmeId, periodId, true));
      await updatePeriodStatus(manager, periodId, 'locked');
      return this.audited(manager, principal, programmeId, periodId, { action: 'locked', reason });
    });
  }

  /** Reopens a locked period for submissions, with the reason the history keeps. */
  async unlock(
    principal: Principal,
    programmeId: string,
    periodId: string,
    reason: string,
  ): Promise<ReportingPeriodDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      checkUnlockable(await this.load(manager, programmeId, periodId, true));
      await updatePeriodStatus(manager, periodId, 'open');
      return this.audited(manager, principal, programmeId, periodId, { action: 'unlocked', reason });
    });
  }

  /** Every close, lock and reopening of the period, oldest first (for its managers). */
  async history(
    principal: Principal,
    programmeId: string,
    periodId: string,
  ): Promise<ReportingPeriodHistoryEntry[]> {
    await this.access.manage(principal, programmeId);
    const manager = this.dataSource.manager;
    await this.load(manager, programmeId, periodId);
    return periodHistory(manager, periodId);
  }

  private async audited(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    periodId: string,
    entry: { action: 'locked' | 'unlocked'; reason: string | null },
  ): Promise<ReportingPeriodDto> {
    await recordPeriodAction(manager, randomUUID(), periodId, { ...entry, by: actorName(principal) });
    const period = await this.load(manager, programmeId, periodId);
    const providers = await dataProviderIds(manager, programmeId);
    await this.outbox.recordAll(manager, [lockEvent(period, entry.reason, providers)]);
    return period;
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
