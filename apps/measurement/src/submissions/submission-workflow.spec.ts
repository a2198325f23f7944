import {
  progressUpdatedV1,
  submissionApprovedV1,
  submissionReturnedV1,
  submissionSubmittedV1,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import type { TrackedIndicator } from './submissions.rules.js';
import {
  actorName,
  checkDecidable,
  checkOpen,
  checkReader,
  checkReporter,
  checkSubmittable,
  nextDraft,
  progressEvent,
  readsEveryone,
  savedValues,
  statusEvent,
  templateIndicators,
} from './submission-workflow.js';

const where = { programmeId: 'programme-1', periodId: 'period-1', organisationId: 'kk' };
const principal = (roles: Principal['roles'], organisations: string[] = []): Principal => ({
  subject: 'subject-1',
  username: 'reporter@kk.dk',
  clientId: 'portal',
  roles,
  organisations,
  isServiceAccount: false,
  email: undefined,
  expiresAt: 0,
});
const version = (status: 'draft' | 'submitted' | 'approved' | 'returned', number = 2) => ({
  id: `version-${number}`,
  version: number,
  status,
});

describe('who may do what with a submission', () => {
  it("lets platform admins and the programme's backbone coordinators read everyone's", () => {
    expect(readsEveryone(principal(['platform-admin']), new Set())).toBe(true);
    expect(readsEveryone(principal(['backbone-coordinator']), new Set(['backbone']))).toBe(true);
    expect(readsEveryone(principal(['backbone-coordinator']), new Set(['data-provider']))).toBe(false);
    expect(() => checkReader(principal(['reporter'], ['kk']), new Set(), where)).not.toThrow();
    expect(() => checkReader(principal(['reporter'], ['aarhus']), new Set(), where)).toThrow(DomainError);
  });

  it('refuses a reporter from another organisation, and anyone but a reporter', () => {
    expect(() => checkReporter(principal(['reporter'], ['kk']), where)).not.toThrow();
    expect(() => checkReporter(principal(['reporter'], ['aarhus']), where)).toThrow(
      'Reporters submit only for their own organisation.',
    );
    expect(() => checkReporter(principal(['foundation-officer'], ['kk']), where)).toThrow(DomainError);
  });

  it('takes values only in an open period', () => {
    expect(() => checkOpen({ period: '2026-Q2', status: 'open' })).not.toThrow();
    expect(() => checkOpen({ period: '2026-Q2', status: 'closed' })).toThrow(
      'The period 2026-Q2 is closed; ask the backbone to reopen it.',
    );
  });

  it('names the actor by username, else by subject', () => {
    expect(actorName(principal(['reporter']))).toBe('reporter@kk.dk');
    expect(actorName({ ...principal(['reporter']), username: undefined })).toBe('subject-1');
  });
});

describe('the versions of a submission', () => {
  it('saves over a draft, after a decision as a new version, and not while the backbone decides', () => {
    expect(nextDraft(undefined, 'new')).toEqual({ id: 'new', version: 1, existing: false });
    expect(nextDraft(version('draft'), 'new')).toEqual({ id: 'version-2', version: 2, existing: true });
    expect(nextDraft(version('returned'), 'new')).toEqual({ id: 'new', version: 3, existing: false });
    expect(nextDraft(version('approved'), 'new')).toEqual({ id: 'new', version: 3, existing: false });
    expect(() => nextDraft(version('submitted'), 'new')).toThrow(/awaits the backbone/);
  });

  it('submits only a draft and decides only on a submitted version', () => {
    expect(() => checkSubmittable(version('draft'))).not.toThrow();
    expect(() => checkSubmittable(undefined)).toThrow('There is no draft to submit; save the values first.');
    expect(() => checkSubmittable(version('submitted'))).toThrow(DomainError);
    expect(() => checkDecidable(version('submitted'))).not.toThrow();
    expect(() => checkDecidable(version('draft'))).toThrow(
      'Only a submitted version can be approved or returned.',
    );
  });

  it('shows saved values in template order, the total first, comments only where given', () => {
    expect(
      savedValues([
        { indicator: 'b', value: 1 },
        { indicator: 'a', disaggregation: 'koen=mand', value: 2, comment: '' },
        { indicator: 'a', value: 3, comment: 'inkl. 3 fra nabokommunen' },
      ]),
    ).toEqual([
      { indicator: 'a', disaggregation: null, value: 3, comment: 'inkl. 3 fra nabokommunen' },
      { indicator: 'a', disaggregation: 'koen=mand', value: 2 },
      { indicator: 'b', disaggregation: null, value: 1 },
    ]);
  });

  it('lists the template by indicator code with every disaggregation', () => {
    const indicator = (code: string, disaggregations: string[]): [string, TrackedIndicator] => [
      code,
      {
        id: code,
        code,
        valueType: 'integer',
        scale: 0,
        min: 0,
        max: null,
        required: false,
        disaggregations: new Set(disaggregations),
      },
    ];
    expect(
      templateIndicators(
        new Map([indicator('unge', []), indicator('hjemloese', ['koen=kvinde', 'koen=mand'])]),
      ),
    ).toEqual([
      { code: 'hjemloese', disaggregations: ['koen=kvinde', 'koen=mand'] },
      { code: 'unge', disaggregations: [] },
    ]);
  });
});

describe('the events of a submission', () => {
  it('tells of each new status, keyed by the programme', () => {
    const submitted = statusEvent(where, version('submitted'), '2026-Q2', ['hjemloese']);
    expect(submitted).toEqual({
      definition: submissionSubmittedV1,
      data: {
        submissionId: 'version-2',
        programmeId: 'programme-1',
        periodId: 'period-1',
        period: '2026-Q2',
        organisationId: 'kk',
        version: 2,
        indicatorCodes: ['hjemloese'],
      },
      options: { subject: 'programme-1', programmeId: 'programme-1' },
    });
    expect(statusEvent(where, version('approved'), '2026-Q2', []).definition).toBe(submissionApprovedV1);
    expect(statusEvent(where, version('returned'), '2026-Q2', []).definition).toBe(submissionReturnedV1);
  });

  it('tells which indicators an approval changed, caused by which submission', () => {
    expect(progressEvent(where, '2026-Q2', ['a', 'b'], 'version-2')).toEqual({
      definition: progressUpdatedV1,
      data: {
        programmeId: 'programme-1',
        period: '2026-Q2',
        indicatorCodes: ['a', 'b'],
        causedBySubmissionId: 'version-2',
      },
      options: { subject: 'programme-1', programmeId: 'programme-1' },
    });
  });
});
