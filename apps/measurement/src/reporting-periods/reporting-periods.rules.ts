import {
  reportingDeadlineExtendedV1,
  reportingPeriodClosedV1,
  reportingPeriodOpenedV1,
  type OpenReportingPeriod,
  type ReportingPeriodDto,
} from '@samvirke/contracts';
import type { PendingEvent } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';

/** A period is closed only when open and reopened only when closed. */
export function checkStatusChange(current: ReportingPeriodDto, status: ReportingPeriodDto['status']): void {
  if (current.status === status) {
    throw new DomainError('conflict', `The period ${current.period} is ${status} already.`);
  }
}

/** What opening a period that exists already answers. */
export function periodExists(command: OpenReportingPeriod): DomainError {
  return new DomainError('conflict', `The ${command.frequency} period ${command.period} exists already.`, [
    { pointer: '/period', detail: 'already opened' },
  ]);
}

/** The event that tells of a period's status: opened (or reopened), or closed. */
export function periodEvent(period: ReportingPeriodDto): PendingEvent {
  return {
    definition: period.status === 'open' ? reportingPeriodOpenedV1 : reportingPeriodClosedV1,
    data: {
      periodId: period.id,
      programmeId: period.programmeId,
      frequency: period.frequency,
      period: period.period,
      dueDate: period.dueDate,
    },
    options: { subject: period.programmeId, programmeId: period.programmeId },
  };
}

/** Only an open period's deadline moves, and only later (due dates are ISO dates, so text order is date order). */
export function checkExtension(current: ReportingPeriodDto, dueDate: string): void {
  if (current.status !== 'open') {
    throw new DomainError('conflict', `The period ${current.period} is closed: reopen it first.`);
  }
  if (dueDate <= current.dueDate) {
    throw new ValidationFailed([{ pointer: '/dueDate', detail: `must be after ${current.dueDate}` }]);
  }
}

export function extendedEvent(period: ReportingPeriodDto, previousDueDate: string): PendingEvent {
  const { id: periodId, programmeId, frequency, period: label, dueDate } = period;
  return {
    definition: reportingDeadlineExtendedV1,
    data: { periodId, programmeId, frequency, period: label, dueDate, previousDueDate },
    options: { subject: programmeId, programmeId },
  };
}
