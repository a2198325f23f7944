import { principalWith } from '../auth/test-principal.js';
import { inboxLink, pageOf } from './inbox-link.js';

const as = principalWith;
const P = 'programme-1';
const item = (
  about: { kind: 'programme' | 'reporting-period' | 'award'; id: string } | null,
  event = 'x',
) => ({
  about,
  eventType: `dk.samvirke.measurement.${event}.v1`,
  programmeId: P,
});

describe('where a notification leads', () => {
  it('leads to the award it is about', () => {
    expect(inboxLink(item({ kind: 'award', id: 'a1' }), as('foundation-officer'))).toBe('/grants/awards/a1');
  });

  it("leads a reporter to the period's report, the backbone to its approvals, others to the progress", () => {
    const period = item({ kind: 'reporting-period', id: 'q2' }, 'submission.approved');
    expect(inboxLink(period, as('reporter'))).toBe(`/programmes/${P}/reporting/q2`);
    expect(inboxLink(period, as('backbone-coordinator'))).toBe(`/programmes/${P}/approvals`);
    expect(inboxLink(period, as('foundation-officer'))).toBe(`/programmes/${P}/progress`);
    // A report waiting for approval leads whoever approves to the queue.
    const submitted = item({ kind: 'reporting-period', id: 'q2' }, 'submission.submitted');
    expect(inboxLink(submitted, as('reporter', 'backbone-coordinator'))).toBe(`/programmes/${P}/approvals`);
  });

  it('leads to the programme, also for a notification kept before it said what it is about', () => {
    expect(inboxLink(item({ kind: 'programme', id: P }), as('partner-member'))).toBe(`/programmes/${P}`);
    expect(inboxLink(item(null), as('reporter'))).toBe(`/programmes/${P}`);
    expect(inboxLink({ ...item(null), programmeId: null }, as('reporter'))).toBeNull();
  });
});

describe('a page of the inbox', () => {
  it('says which notifications it shows and where the pages before and after start', () => {
    expect(pageOf({ total: 45, limit: 20, offset: 0 })).toEqual({
      from: 1,
      to: 20,
      previous: null,
      next: 20,
    });
    expect(pageOf({ total: 45, limit: 20, offset: 20 })).toEqual({ from: 21, to: 40, previous: 0, next: 40 });
    expect(pageOf({ total: 45, limit: 20, offset: 40 })).toEqual({
      from: 41,
      to: 45,
      previous: 20,
      next: null,
    });
    expect(pageOf({ total: 0, limit: 20, offset: 0 })).toEqual({
      from: 0,
      to: 0,
      previous: null,
      next: null,
    });
  });
});
