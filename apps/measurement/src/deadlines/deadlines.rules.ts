import { reportingDeadlineApproachingV1, reportingOverdueV1 } from '@samvirke/contracts';
import type { PendingEvent } from '@samvirke/messaging';
import type { Unsubmitted } from './deadlines.store.js';

export type ReminderKind = 'deadline-approaching' | 'overdue';

const COPENHAGEN_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/**
 * The calendar days a round looks at: due dates are Danish calendar dates, so "today" is the date in
 * Copenhagen at `now`, and periods due up to `warningDays` after it are reminded of.
 */
export function reminderWindow(now: Date, warningDays: number): { today: string; lastDueDate: string } {
  const today = COPENHAGEN_DATE.format(now);
  const last = new Date(`${today}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() + warningDays);
  return { today, lastDueDate: last.toISOString().slice(0, 10) };
}

/** Past its due date a period is overdue; up to and on it, its deadline is approaching. */
export function reminderKind(dueDate: string, today: string): ReminderKind {
  return dueDate < today ? 'overdue' : 'deadline-approaching';
}

export function reminderEvent(reminder: Unsubmitted, kind: ReminderKind): PendingEvent {
  return {
    definition: kind === 'overdue' ? reportingOverdueV1 : reportingDeadlineApproachingV1,
    data: {
      programmeId: reminder.programmeId,
      periodId: reminder.periodId,
      period: reminder.period,
      dueDate: reminder.dueDate,
      organisationId: reminder.organisationId,
    },
    options: { subject: reminder.programmeId, programmeId: reminder.programmeId },
  };
}
