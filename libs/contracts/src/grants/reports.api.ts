import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
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
  op.get('listGrantReports', '/awards/{awardId}/reports', {
    summary:
      "An award's reports with every version, the call's report template and the application's budget lines a financial report answers",
    ...access(AWARD_READERS).answers(grantReportsSchema, 404),
  }),
  op.create('submitGrantReport', '/awards/{awardId}/reports', {
    summary:
      "Submit a progress or final report: a text for every section of the call's template, and the actual spending per budget line with an explanation where it differs from the budget by more than a tenth",
    body: submitGrantReportSchema,
    ...access(
      "The grantee organisation's users (403 for anyone else who may see the award, platform admins included); 409 while the award is not made or while an earlier version of the same report waits for a decision or was approved; 422 naming every section, budget line or explanation missing or unknown.",
    ).answers(grantReportSchema, 404, 409, 422),
  }),
  op.post('approveGrantReport', '/awards/{awardId}/reports/{reportId}/approve', {
    summary: 'The funder approves a submitted report; a tranche waiting for it may become eligible',
    ...access(REPORT_DECIDER).answers(grantReportSchema, 404, 409),
  }),
  op.post('returnGrantReport', '/awards/{awardId}/reports/{reportId}/return', {
    summary: 'The funder returns a submitted report with comments; the grantee submits a new version',
    body: returnGrantReportSchema,
    ...access(REPORT_DECIDER).answers(grantReportSchema, 404, 409),
  }),
];
