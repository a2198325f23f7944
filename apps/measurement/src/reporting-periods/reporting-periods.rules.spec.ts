import {
  reportingDeadlineExtendedV1,
  reportingPeriodClosedV1,
  reportingPeriodOpenedV1,
  type ReportingPeriodDto,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import {
  checkExtension,
  checkStatusChange,
  extendedEvent,
  periodEvent,
  periodExists,
} from './reporting-periods.rules.js';

const period = (status: ReportingPeriodDto['status']): ReportingPeriodDto => ({
  id: 'period-1',
  programmeId: 'programme-1',
  frequency: 'quarterly',
  period: '2026-Q2',
  dueDate: '2026-07-31',
  status,
  openedAt: '2026-04-01T08:00:00.000Z',
  closedAt: status === 'closed' ? '2026-08-01T08:00:00.000Z' : null,
});

describe('reporting period rules', () => {
  it('closes only an open period and reopens only a closed one', () => {
    expect(() => checkStatusChange(period('open'), 'closed')).not.toThrow();
    expect(() => checkStatusChange(period('closed'), 'open')).not.toThrow();
    expect(() => checkStatusChange(period('closed'), 'closed')).toThrow(
      new DomainError('conflict', 'The period 2026-Q2 is closed already.'),
    );
    expect(() => checkStatusChange(period('open'), 'open')).toThrow('The period 2026-Q2 is open already.');
  });

  it('answers a period opened twice with a conflict pointing at the period', () => {
    const error = periodExists({ frequency: 'quarterly', period: '2026-Q2', dueDate: '2026-07-31' });
    expect(error).toMatchObject({
      kind: 'conflict',
      message: 'The quarterly period 2026-Q2 exists already.',
      errors: [{ pointer: '/period', detail: 'already opened' }],
    });
  });

  it('tells of an open period as opened and of a closed one as closed, keyed by the programme', () => {
    const opened = periodEvent(period('open'));
    expect(opened.definition).toBe(reportingPeriodOpenedV1);
    expect(opened.data).toEqual({
      periodId: 'period-1',
      programmeId: 'programme-1',
      frequency: 'quarterly',
      period: '2026-Q2',
      dueDate: '2026-07-31',
    });
    expect(opened.options).toEqual({ subject: 'programme-1', programmeId: 'programme-1' });
    expect(periodEvent(period('closed')).definition).toBe(reportingPeriodClosedV1);
  });

  it('extends only an open period, and only to a later date', () => {
    expect(() => checkExtension(period('open'), '2026-08-01')).not.toThrow();
    expect(() => checkExtension(period('closed'), '2026-08-01')).toThrow(
      new DomainError('conflict', 'The period 2026-Q2 is closed: reopen it first.'),
    );
    for (const dueDate of ['2026-07-31', '2026-07-30']) {
      let thrown: unknown;
      try {
        checkExtension(period('open'), dueDate);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({
        kind: 'invalid',
        errors: [{ pointer: '/dueDate', detail: 'must be after 2026-07-31' }],
      });
    }
  });

  it('tells of an extension with the new and the previous due date', () => {
    const extended = extendedEvent({ ...period('open'), dueDate: '2026-08-15' }, '2026-07-31');
    expect(extended.definition).toBe(reportingDeadlineExtendedV1);
    expect(extended.data).toEqual({
      periodId: 'period-1',
      programmeId: 'programme-1',
      frequency: 'quarterly',
      period: '2026-Q2',
      dueDate: '2026-08-15',
      previousDueDate: '2026-07-31',
    });
    expect(extended.options).toEqual({ subject: 'programme-1', programmeId: 'programme-1' });
  });
});
