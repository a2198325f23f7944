import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import {
  reportingPeriodClosedV1,
  reportingPeriodOpenedV1,
  type OpenReportingPeriod,
  type ReportingPeriodDto,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';

interface Row {
  id: string;
  programme_id: string;
  frequency: ReportingPeriodDto['frequency'];
  period: string;
  due_date: string;
  status: ReportingPeriodDto['status'];
  opened_at: Date;
  closed_at: Date | null;
}

const SELECT = `SELECT id, programme_id, frequency, period, due_date::text AS due_date, status, opened_at, closed_at FROM reporting_period`;

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
        await manager.query(
          `INSERT INTO reporting_period (id, programme_id, frequency, period, due_date, status) VALUES ($1, $2, $3, $4, $5, 'open')`,
          [id, programmeId, command.frequency, command.period, command.dueDate],
        );
        return this.announce(manager, await this.load(manager, programmeId, id));
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError(
          'conflict',
          `The ${command.frequency} period ${command.period} exists already.`,
          [{ pointer: '/period', detail: 'already opened' }],
        );
      }
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
      const current = await this.load(manager, programmeId, periodId);
      if (current.status === status) {
        throw new DomainError('conflict', `The period ${current.period} is ${status} already.`);
      }
      await manager.query(
        `UPDATE reporting_period SET status = $2, closed_at = CASE WHEN $2 = 'closed' THEN now() END WHERE id = $1`,
        [periodId, status],
      );
      return this.announce(manager, await this.load(manager, programmeId, periodId));
    });
  }

  async list(principal: Principal, programmeId: string): Promise<ReportingPeriodDto[]> {
    await this.access.view(principal, programmeId);
    const rows = await this.dataSource.query<Row[]>(
      `${SELECT} WHERE programme_id = $1 ORDER BY period, frequency`,
      [programmeId],
    );
    return rows.map(toDto);
  }

  private async announce(manager: EntityManager, period: ReportingPeriodDto): Promise<ReportingPeriodDto> {
    const definition = period.status === 'open' ? reportingPeriodOpenedV1 : reportingPeriodClosedV1;
    await this.outbox.record(
      manager,
      definition,
      {
        periodId: period.id,
        programmeId: period.programmeId,
        frequency: period.frequency,
        period: period.period,
        dueDate: period.dueDate,
      },
      { subject: period.programmeId, programmeId: period.programmeId },
    );
    return period;
  }

  private async load(manager: EntityManager, programmeId: string, id: string): Promise<ReportingPeriodDto> {
    const [row] = await manager.query<Row[]>(`${SELECT} WHERE id = $1 AND programme_id = $2`, [
      id,
      programmeId,
    ]);
    if (!row) throw new DomainError('not-found', `No reporting period ${id} in this programme.`);
    return toDto(row);
  }
}

function toDto(row: Row): ReportingPeriodDto {
  return {
    id: row.id,
    programmeId: row.programme_id,
    frequency: row.frequency,
    period: row.period,
    dueDate: row.due_date,
    status: row.status,
    openedAt: row.opened_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}
