import { PREFERENCE_APPLIED_HEADER, PREFER_HEADER } from '../http/http-headers.js';
import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import { SETUP_ACCESS } from './measurement-access-texts.js';
import { pageSchema } from '../pagination.js';
import {
  listSubmissionsQuerySchema,
  returnSubmissionSchema,
  saveSubmissionSchema,
  submissionHistorySchema,
  submissionListItemSchema,
  submissionSchema,
} from './submission.dto.js';
import { importSubmissionSchema } from './submission-import.dto.js';

const SUBMISSIONS = '/programmes/{programmeId}/periods/{periodId}/submissions/{organisationId}';
const REPORTER_ACCESS =
  "The organisation's own reporters, while it is a data provider in the programme and the period is open.";
const BACKBONE_ACCESS = "The programme's backbone coordinators and platform admins.";

/** The submission's answers honour `Prefer: return=minimal`. */
const MINIMAL = { requestHeaders: [PREFER_HEADER], responseHeaders: [PREFERENCE_APPLIED_HEADER] } as const;

/** The measurement service's submission operations: an organisation's values for a period, and their review. */
export const SUBMISSION_OPERATIONS: readonly HttpOperation[] = [
  op.get('listSubmissions', '/programmes/{programmeId}/submissions', {
    summary:
      "The latest version of each organisation's submission per period, without values, newest period first",
    query: listSubmissionsQuerySchema,
    ...access(
      "Filtered by status, period and organisation. The programme's backbone coordinators and platform admins see every organisation's; other members their own organisation's.",
    ).answers(pageSchema(submissionListItemSchema), 404),
  }),
  op.get('getSubmission', SUBMISSIONS, {
    summary: "An organisation's submission for a period, every version",
    ...access("The organisation's own users and the programme's backbone.").answers(
      submissionHistorySchema,
      404,
    ),
  }),
  op.put('saveSubmission', SUBMISSIONS, {
    ...MINIMAL,
    summary: 'Save values as a draft (a new version after a decision)',
    body: saveSubmissionSchema,
    ...access(REPORTER_ACCESS).answers(submissionSchema, 404, 409, 422),
  }),
  op.post('submitSubmission', `${SUBMISSIONS}/submit`, {
    ...MINIMAL,
    summary: 'Submit the draft for approval',
    ...access(REPORTER_ACCESS).answers(submissionSchema, 404, 409, 422),
  }),
  op.post('approveSubmission', `${SUBMISSIONS}/approve`, {
    ...MINIMAL,
    summary: 'Approve the submitted version',
    ...access(BACKBONE_ACCESS).answers(submissionSchema, 404, 409),
  }),
  op.post('returnSubmission', `${SUBMISSIONS}/return`, {
    ...MINIMAL,
    summary: 'Return the submitted version with a comment',
    body: returnSubmissionSchema,
    ...access(BACKBONE_ACCESS).answers(submissionSchema, 404, 409),
  }),
  op.create('importSubmission', `${SUBMISSIONS}/import`, {
    summary:
      'Import a report made before the programme came onto Samvirke: its versions, decisions and dates',
    body: importSubmissionSchema,
    ...access(
      "Platform admins only. Into a closed period, for a data provider that has nothing for it yet (409 otherwise); no date in the future. Every version but the last was returned with a comment, the last was approved: it counts in progress, and timeliness by its first submission's date, like any other. The approval is announced as usual (submission.approved, progress.updated); the earlier returns are kept as history only.",
    ).answers(submissionHistorySchema, 404, 409, 422),
  }),
  op.put('saveSubmissionCsv', `${SUBMISSIONS}/csv`, {
    ...MINIMAL,
    summary: 'Save values from a CSV file (Danish Excel: semicolons, decimal comma, BOM; or comma-separated)',
    body: z.string(),
    bodyType: 'text/csv',
    ...access(
      `${REPORTER_ACCESS} Columns indikator;opdeling;værdi, optionally ;kommentar (a note kept with the value, at most 500 characters); or indicator,disaggregation,value[,comment]. Quoted cells may hold delimiters, quotes and line breaks. Errors point at /rows/<row>/<column>, the header being row 1 and rows counted as a spreadsheet counts them.`,
    ).answers(submissionSchema, 404, 409, 413, 415, 422),
  }),
  op.get('getSubmissionTemplate', '/programmes/{programmeId}/periods/{periodId}/template.csv', {
    summary: 'A CSV template with every indicator and disaggregation the period collects',
    responseType: 'text/csv',
    ...access(SETUP_ACCESS).answers(z.string(), 404),
  }),
];
