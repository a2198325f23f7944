import { importSubmissionSchema, type ImportedVersion } from '@samvirke/contracts';
import { checkImportable, futureDates, versionErrors } from './submission-import.rules.js';
import { tracked } from '../../test/tracked-indicators.fixture.js';

const returned: ImportedVersion = {
  values: [{ indicator: 'hjemloese', value: 1200 }],
  submittedAt: '2025-04-20T09:00:00+02:00',
  decision: 'returned',
  decidedAt: '2025-04-22T13:00:00+02:00',
  comment: 'Tallet er ti gange for stort.',
};
const approved: ImportedVersion = {
  values: [{ indicator: 'hjemloese', value: 120 }],
  submittedAt: '2025-04-24T09:00:00+02:00',
  decision: 'approved',
  decidedAt: '2025-04-25T10:00:00+02:00',
};

const closed = { period: '2025-Q1', frequency: 'quarterly', status: 'closed' };

describe('importing a report made before the programme came onto Samvirke', () => {
  it('takes returned versions followed by the approved one, each after the one before', () => {
    expect(importSubmissionSchema.safeParse({ versions: [returned, approved] }).success).toBe(true);
  });

  it('refuses an approval before the end, a return without a reason and dates out of order', () => {
    const parsed = importSubmissionSchema.safeParse({
      versions: [
        { ...approved, decidedAt: '2025-04-23T10:00:00+02:00' },
        { ...returned, comment: undefined },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('/')).sort()).toEqual([
      'versions/0/decidedAt',
      'versions/0/decision',
      'versions/1/comment',
      'versions/1/decision',
      'versions/1/submittedAt',
    ]);
  });

  it('goes only into a closed period, for a data provider with nothing there yet', () => {
    expect(() => checkImportable(closed, undefined, true)).not.toThrow();
    expect(() => checkImportable({ ...closed, status: 'open' }, undefined, true)).toThrow(/is open/);
    expect(() => checkImportable(closed, { id: 'x', version: 1, status: 'draft' }, true)).toThrow(
      /already \(version 1, draft\)/,
    );
    expect(() => checkImportable(closed, undefined, false)).toThrow(/not a data provider/);
  });

  it('points at every date in the future', () => {
    const now = new Date('2025-04-24T12:00:00+02:00');
    expect(futureDates({ versions: [returned, approved] }, now)).toEqual([
      { pointer: '/versions/1/decidedAt', detail: 'in the future' },
    ]);
  });

  it("checks each version's values as a reporter's, pointing into the versions", () => {
    const errors = versionErrors(
      { ...approved, values: [{ indicator: 'hjemloese', disaggregation: 'koen=kvinde', value: 2.5 }] },
      1,
      tracked,
      [],
    );
    expect(errors.map((error) => error.pointer).sort()).toEqual([
      '/versions/1/values',
      '/versions/1/values/0/value',
    ]);
  });
});
