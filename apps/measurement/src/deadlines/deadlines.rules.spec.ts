import { reportingDeadlineApproachingV1, reportingOverdueV1 } from '@samvirke/contracts';
import { reminderEvent, reminderKind, reminderWindow } from './deadlines.rules.js';

describe('deadline reminder rules', () => {
  it("takes today as the calendar date in Copenhagen, and looks the warning's days past it", () => {
    expect(reminderWindow(new Date('2026-10-12T09:00:00Z'), 7)).toEqual({
      today: '2026-10-12',
      lastDueDate: '2026-10-19',
    });
    // 23:30 UTC on 11 October is already 12 October in Copenhagen (summer time, UTC+2).
    expect(reminderWindow(new Date('2026-10-11T23:30:00Z'), 0)).toEqual({
      today: '2026-10-12',
      lastDueDate: '2026-10-12',
    });
    // Across a month and a year end, and a leap day.
    expect(reminderWindow(new Date('2026-12-28T12:00:00Z'), 7).lastDueDate).toBe('2027-01-04');
    expect(reminderWindow(new Date('2028-02-27T12:00:00Z'), 2).lastDueDate).toBe('2028-02-29');
  });

  it('calls a period overdue only after its due date', () => {
    expect(reminderKind('2026-10-11', '2026-10-12')).toBe('overdue');
    expect(reminderKind('2026-10-12', '2026-10-12')).toBe('deadline-approaching');
    expect(reminderKind('2026-10-15', '2026-10-12')).toBe('deadline-approaching');
  });

  it('tells of each reminder by its kind, keyed by the programme', () => {
    const reminder = {
      programmeId: 'programme-1',
      periodId: 'period-1',
      period: '2026-Q3',
      dueDate: '2026-10-15',
      organisationId: 'organisation-1',
    };
    expect(reminderEvent(reminder, 'overdue')).toEqual({
      definition: reportingOverdueV1,
      data: reminder,
      options: { subject: 'programme-1', programmeId: 'programme-1' },
    });
    expect(reminderEvent(reminder, 'deadline-approaching').definition).toBe(reportingDeadlineApproachingV1);
  });
});
