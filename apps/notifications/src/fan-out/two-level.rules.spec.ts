import { randomUUID } from 'node:crypto';
import type { SubmissionParentApprovedV1, SubmissionSubmittedV1 } from '@samvirke/contracts';
import { SUBMISSION_PARENT_APPROVED_RULE, SUBMISSION_SUBMITTED_RULE } from './measurement.rules.js';
import type { DirectoryFacts } from './notification-rule.js';

const AARHUS = randomUUID();
const BOU = randomUUID();
const BACKBONE = randomUUID();

const facts: DirectoryFacts = {
  programmeName: 'Bryd den negative sociale arv',
  backbones: [BACKBONE],
  organisationNames: new Map([[BOU, 'Børn og Unge']]),
};

const submitted: SubmissionSubmittedV1 = {
  submissionId: randomUUID(),
  programmeId: randomUUID(),
  periodId: randomUUID(),
  period: '2026-Q2',
  organisationId: BOU,
  version: 1,
  indicatorCodes: ['hjemloese-unge'],
};

describe('two-level approval in notifications', () => {
  it("tells the municipality's reporters, not the backbone, that a sub-unit's report waits for them", () => {
    const outcome = SUBMISSION_SUBMITTED_RULE.outcome(
      { ...submitted, firstApproverOrganisationIds: [AARHUS] },
      facts,
    );
    expect(outcome.audiences).toEqual([{ organisationIds: [AARHUS], role: 'reporter' }]);
  });

  it('tells the backbone directly of a report from an organisation that stands on its own', () => {
    const outcome = SUBMISSION_SUBMITTED_RULE.outcome(submitted, facts);
    expect(outcome.audiences).toEqual([{ organisationIds: [BACKBONE], role: 'backbone-coordinator' }]);
  });

  it('tells the backbone and the sub-unit when the municipality has approved', () => {
    const approved: SubmissionParentApprovedV1 = { ...submitted, approvedByOrganisationId: AARHUS };
    const outcome = SUBMISSION_PARENT_APPROVED_RULE.outcome(approved, facts);
    expect(outcome.audiences).toEqual([
      { organisationIds: [BACKBONE], role: 'backbone-coordinator' },
      { organisationIds: [BOU], role: 'reporter' },
    ]);
    expect(outcome.variables('da')).toMatchObject({ organisationName: 'Børn og Unge', version: '1' });
    expect(SUBMISSION_PARENT_APPROVED_RULE.template).toBe('submission-parent-approved');
  });
});
