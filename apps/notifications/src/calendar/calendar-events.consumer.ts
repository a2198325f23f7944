import {
  grantCallOpenedV1,
  meetingScheduledV1,
  reportingDeadlineExtendedV1,
  reportingPeriodOpenedV1,
} from '@samvirke/contracts';
import { eventConsumer, on } from '@samvirke/messaging';
import { CalendarStore } from './calendar.store.js';

type Deadline = { periodId: string; programmeId: string; period: string; dueDate: string };

const deadline = (data: Deadline, time: string) => ({
  uid: `reporting-deadline-${data.periodId}@samvirke`,
  programmeId: data.programmeId,
  kind: 'reporting-deadline' as const,
  label: data.period,
  onDate: data.dueDate,
  at: null,
  updatedAt: new Date(time),
});

/**
 * The dates the calendar feeds show, from measurement's and grants' events: a reporting period's
 * deadline when it opens and when it moves, a grant call's closing when it opens, and partners'
 * governance meetings (a rescheduled meeting replaces its entry).
 */
export const CalendarEventsConsumer = eventConsumer('CalendarEventsConsumer', [
  on(reportingPeriodOpenedV1, (data, { manager, event }) =>
    new CalendarStore(manager).upsertEntry(deadline(data, event.time)),
  ),
  on(reportingDeadlineExtendedV1, (data, { manager, event }) =>
    new CalendarStore(manager).upsertEntry(deadline(data, event.time)),
  ),
  on(grantCallOpenedV1, (data, { manager, event }) =>
    new CalendarStore(manager).upsertEntry({
      uid: `grant-call-${data.callId}@samvirke`,
      programmeId: data.programmeId,
      kind: 'grant-call-deadline',
      label: data.title,
      onDate: null,
      at: data.closesAt,
      updatedAt: new Date(event.time),
    }),
  ),
  on(meetingScheduledV1, (data, { manager, event }) =>
    new CalendarStore(manager).upsertEntry({
      uid: `meeting-${data.meetingId}@samvirke`,
      programmeId: data.programmeId,
      kind: 'meeting',
      label: `${data.title} (${data.bodyName})`,
      onDate: null,
      at: data.startsAt,
      updatedAt: new Date(event.time),
    }),
  ),
]);
