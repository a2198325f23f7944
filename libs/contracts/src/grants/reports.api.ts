import type { HttpOperation } from '../http/http-operation.js';
import {
  grantReportSchema,
  grantReportsSchema,
  returnGrantReportSchema,
  submitGrantReportSchema,
} from './grant-report.dto.js';
import { AWARD_READERS } from './grants-access-texts.js';

const REPORT_DECIDER =
  "Officers of the call's foundation, which made the award (403 for any other caller who may see the award, co-funders and platform admins included); 409 unless the report is submitted and is the latest of its kind.";

/** The grantee's narrative and financial reports on a made award and the funder's decisions on them. */
export const REPORT_OPERATIONS: readonly HttpOperation[] = [
  {
    operationId: 'listGrantReports',
    method: 'get',
    path: '/awards/{awardId}/reports',
    summary:
      "An award's reports with every version, the call's report template and the application's budget lines a financial report answers",
    description: AWARD_READERS,
    status: 200,
    response: grantReportsSchema,
    errors: [404],
  },
  {
    operationId: 'submitGrantReport',
    method: 'post',
    path: '/awards/{awardId}/reports',
    summary:
      "Submit a progress or final report: a text for every section of the call's template, and the actual spending per budget line with an explanation where it differs from the budget by more than a tenth",
    description:
      "The grantee organisation's users (403 for anyone else who may see the award, platform admins included); 409 while the award is not made or while an earlier version of the same report waits for a decision or was approved; 422 naming every section, budget line or explanation missing or unknown.",
    body: submitGrantReportSchema,
    status: 201,
    response: grantReportSchema,
    errors: [404, 409, 422],
  },
  {
    operationId: 'approveGrantReport',
    method: 'post',
    path: '/awards/{awardId}/reports/{reportId}/approve',
    summary: 'The funder approves a submitted report; a tranche waiting for it may become eligible',
    description: REPORT_DECIDER,
    status: 200,
    response: grantReportSchema,
    errors: [404, 409],
  },
  {
    operationId: 'returnGrantReport',
    method: 'post',
    path: '/awards/{awardId}/reports/{reportId}/return',
    summary: 'The funder returns a submitted report with comments; the grantee submits a new version',
    description: REPORT_DECIDER,
    body: returnGrantReportSchema,
    status: 200,
    response: grantReportSchema,
    errors: [404, 409],
  },
];
