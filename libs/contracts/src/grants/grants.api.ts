import { auditOperations } from '../operations/audit.api.js';
import { deadLetterOperations } from '../operations/dead-letters.api.js';
import { z } from 'zod';
import type { ServiceApi } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import {
  applicationSchema,
  decideApplicationSchema,
  ownApplicationSchema,
  saveApplicationSchema,
  startApplicationSchema,
} from './application.dto.js';
import { foundationBoardSchema } from './board.dto.js';
import { commitFundingSchema, fundingCommitmentSchema, fundingOverviewSchema } from './funding.dto.js';
import { createGrantCallSchema, grantCallSchema, openCallSchema } from './grant-call.dto.js';
import {
  applicationReviewsSchema,
  assignReviewerSchema,
  declareConflictSchema,
  reviewerCandidateSchema,
  reviewSchema,
  submitReviewSchema,
} from './review.dto.js';

import { AMENDMENT_DECISION_OPERATIONS } from './amendment-decisions.api.js';
import { AMENDMENT_OPERATIONS } from './amendments.api.js';
import { AWARD_OPERATIONS } from './awards.api.js';
import { REPORT_OPERATIONS } from './reports.api.js';
import { ATTACHMENT_OPERATIONS } from './attachments.api.js';
import { APPLICATION_FORM_OPERATIONS } from './application-forms.api.js';
import { APPLICATION_PARTNER_OPERATIONS } from './application-partners.api.js';
import {
  APPLICANT,
  APPLICATION_READERS,
  CALL_FUNDER,
  FUNDER,
  OPEN_CALL_READERS,
  OWN_APPLICATION_READERS,
} from './grants-access-texts.js';

/** Every HTTP operation of the grants service (the OpenAPI document is built from this list). */
export const GRANTS_API: ServiceApi = {
  name: 'grants',
  prefix: '/api/grants',
  operations: [
    op.create('commitFunding', '/programmes/{programmeId}/commitments', {
      summary: 'Commit an amount (øre) of a foundation to a programme for a period',
      body: commitFundingSchema,
      ...access(FUNDER).answers(fundingCommitmentSchema, 404, 422),
    }),
    op.get('getFundingOverview', '/programmes/{programmeId}/funding', {
      summary: 'Committed, awarded, paid and remaining per funder',
      ...access("The programme's funders' officers, its backbone coordinators and platform admins.").answers(
        fundingOverviewSchema,
        404,
      ),
    }),
    op.create('createGrantCall', '/programmes/{programmeId}/calls', {
      summary: 'Open a grant call (budget, dates, eligible organisation types, weighted criteria)',
      body: createGrantCallSchema,
      ...access(FUNDER).answers(grantCallSchema, 404, 422),
    }),
    op.get('listGrantCalls', '/programmes/{programmeId}/calls', {
      summary: "A programme's grant calls; the status follows the dates",
      ...access('Any signed-in user.').answers(z.array(grantCallSchema), 404),
    }),
    op.get('getFoundationBoard', '/foundations/{organisationId}/board', {
      summary:
        "A foundation's grant pipeline across its calls: applications by status, requested vs available, decisions due, awards and tranches outstanding",
      ...access(
        "The foundation's own officers and platform admins (403 for anyone else, officers of other foundations included).",
      ).answers(foundationBoardSchema),
    }),
    op.get('listOpenCalls', '/calls', {
      summary:
        "Open grant calls in every programme that one of the caller's organisations may apply to, with the programme's and the foundation's names",
      ...access(OPEN_CALL_READERS).answers(z.array(openCallSchema)),
    }),
    op.get('getGrantCall', '/calls/{callId}', {
      summary: 'One grant call',
      ...access('Any signed-in user.').answers(grantCallSchema, 404),
    }),
    op.create('startApplication', '/calls/{callId}/applications', {
      summary: 'Start a draft application (any fields may follow later)',
      body: startApplicationSchema,
      ...access(APPLICANT).answers(applicationSchema, 404, 409, 422),
    }),
    op.get('listApplications', '/calls/{callId}/applications', {
      summary: "A call's applications the caller may see",
      ...access(APPLICATION_READERS).answers(z.array(applicationSchema), 404),
    }),
    op.get('listOwnApplications', '/applications', {
      summary: "The applications of the caller's organisations in every call, drafts included, newest first",
      ...access(OWN_APPLICATION_READERS).answers(z.array(ownApplicationSchema)),
    }),
    op.get('getApplication', '/applications/{applicationId}', {
      summary: 'One application',
      ...access(APPLICATION_READERS).answers(applicationSchema, 404),
    }),
    op.patch('saveApplication', '/applications/{applicationId}', {
      summary: 'Save fields of a draft (editable until submitted)',
      body: saveApplicationSchema,
      ...access(APPLICANT).answers(applicationSchema, 404, 409, 422),
    }),
    op.post('submitApplication', '/applications/{applicationId}/submit', {
      summary: 'Submit a complete draft while the call is open',
      ...access(APPLICANT).answers(applicationSchema, 404, 409, 422),
    }),
    op.post('withdrawApplication', '/applications/{applicationId}/withdraw', {
      summary: 'Withdraw an application that is not decided',
      ...access(APPLICANT).answers(applicationSchema, 404, 409),
    }),
    op.post('rejectApplication', '/applications/{applicationId}/reject', {
      summary: 'Reject a submitted application with a reason',
      body: decideApplicationSchema,
      ...access(CALL_FUNDER).answers(applicationSchema, 404, 409),
    }),
    op.create('assignReviewer', '/applications/{applicationId}/reviewers', {
      summary: 'Assign a reviewer (by username); the application goes under review',
      body: assignReviewerSchema,
      ...access(
        `${CALL_FUNDER} The reviewer must be a user who has signed in to Samvirke (422 otherwise).`,
      ).answers(reviewSchema, 404, 409, 422),
    }),
    op.get('listReviewerCandidates', '/applications/{applicationId}/reviewer-candidates', {
      summary:
        "Who may be assigned as reviewer: the users of the programme's current member organisations who have signed in, but not the applicant organisation's",
      ...access(CALL_FUNDER).answers(z.array(reviewerCandidateSchema), 404),
    }),
    op.post('declareConflict', '/applications/{applicationId}/conflict', {
      summary: 'An assigned reviewer declares a conflict of interest (and may not review)',
      body: declareConflictSchema,
      ...access('The assigned reviewer.').answers(reviewSchema, 409),
    }),
    op.put('submitReview', '/applications/{applicationId}/review', {
      summary: 'Score every criterion (0-10) and comment',
      body: submitReviewSchema,
      ...access(
        "The assigned reviewer, unless from the applicant's organisation or having declared a conflict (409).",
      ).answers(reviewSchema, 404, 409, 422),
    }),
    op.get('listReviews', '/applications/{applicationId}/reviews', {
      summary: 'Reviews and the aggregated weighted score',
      ...access("The call's foundation sees all; a reviewer only their own.").answers(
        applicationReviewsSchema,
        404,
      ),
    }),
    ...APPLICATION_FORM_OPERATIONS,
    ...APPLICATION_PARTNER_OPERATIONS,
    ...AWARD_OPERATIONS,
    ...AMENDMENT_OPERATIONS,
    ...AMENDMENT_DECISION_OPERATIONS,
    ...REPORT_OPERATIONS,
    ...ATTACHMENT_OPERATIONS,
    ...deadLetterOperations('grants'),
    ...auditOperations('grants'),
  ],
};
