import {
  reportingDeadlineExtendedV1,
  reportingPeriodClosedV1,
  reportingPeriodLockedV1,
  reportingPeriodOpenedV1,
  reportingPeriodReopenedV1,
  type OpenReportingPeriod,
  type ReportingPeriodDto,
} from '@samvirke/contracts';
import type { PendingEvent } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';

/**
 * A period is closed only when open and reopened only when closed; a locked one changes only by a
 * reopening with a reason.
 */
export function checkStatusChange(current: ReportingPeriodDto, status: 'open' | 'closed'): void {
  if (current.status === 'locked') {
    throw new DomainError(
      'conflict',
      `The period ${current.period} is locked; only reopening it with a reason unlocks it.`,
    );
  }
  if (current.status === status) {
    throw new DomainError('conflict', `The period ${current.period} is ${status} already.`);
  }
}

/** Open and closed periods lock; a locked one does not lock again. */
export function checkLockable(current: ReportingPeriodDto): void {
  if (current.status === 'locked')
    throw new DomainError('conflict', `The period ${current.period} is locked already.`);
}

/** Only a locked period is reopened with a reason (a closed one reopens without). */
export function checkUnlockable(current: ReportingPeriodDto): void {
  if (current.status !== 'locked')
    throw new DomainError(
      'conflict',
      `The period ${current.period} is ${current.status}, not locked; nothing to reopen with a reason.`,
    );
}

/** The event of a lock or of a reopening after one, naming the data providers who are told. */
export function lockEvent(
  period: ReportingPeriodDto,
  reason: string | null,
  dataProviderIds: string[],
): PendingEvent {
  const { id: periodId, programmeId, frequency, period: label, dueDate } = period;
  const options = { subject: programmeId, programmeId };
  if (period.status === 'locked') {
    return {
      definition: reportingPeriodLockedV1,
      data: { periodId, programmeId, frequency, period: label, reason, dataProviderIds },
      options,
    };
  }
  return {
    definition: reportingPeriodReopenedV1,
    data: { periodId, programmeId, frequency, period: label, dueDate, reason: reason ?? '', dataProviderIds },
    options,
  };
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
