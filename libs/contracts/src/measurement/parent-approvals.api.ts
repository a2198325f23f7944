import { PREFERENCE_APPLIED_HEADER, PREFER_HEADER } from '../http/http-headers.js';
import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import { listParentApprovalsQuerySchema, parentApprovalItemSchema } from './parent-approval.dto.js';
import { returnSubmissionSchema, submissionSchema } from './submission.dto.js';

const SUBMISSIONS = '/programmes/{programmeId}/periods/{periodId}/submissions/{organisationId}';
const PARENT_ACCESS =
  "Reporters of the organisations above the sub-unit (its forvaltning or municipality) and platform admins; only for a sub-unit's submitted version that the municipality has not yet decided, in a period that is not locked.";
const MINIMAL = { requestHeaders: [PREFER_HEADER], responseHeaders: [PREFERENCE_APPLIED_HEADER] } as const;

/**
 * Two-level approval: a sub-unit's submission is approved (or returned) first by the municipality it
 * belongs under, then by the backbone (approveSubmission answers 409 until the first level is done).
 */
export const PARENT_APPROVAL_OPERATIONS: readonly HttpOperation[] = [
  op.get('listParentApprovals', '/programmes/{programmeId}/parent-approvals', {
    summary: "Sub-units' submitted versions and their first-level (municipal) approval",
    query: listParentApprovalsQuerySchema,
    ...access(
      "A municipality's reporters see the sub-units below their organisation; the programme's backbone coordinators and platform admins see every sub-unit's. Anyone else gets an empty list, or 404 for a programme they cannot see.",
    ).answers(z.array(parentApprovalItemSchema), 404),
  }),
  op.post('parentApproveSubmission', `${SUBMISSIONS}/parent-approve`, {
    ...MINIMAL,
    summary: "The municipality approves its sub-unit's submitted version (first level of two)",
    ...access(PARENT_ACCESS).answers(submissionSchema, 404, 409),
  }),
  op.post('parentReturnSubmission', `${SUBMISSIONS}/parent-return`, {
    ...MINIMAL,
    summary: "The municipality returns its sub-unit's submitted version with a comment",
    body: returnSubmissionSchema,
    ...access(PARENT_ACCESS).answers(submissionSchema, 404, 409, 422),
  }),
];
