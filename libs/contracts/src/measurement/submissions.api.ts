import { PREFERENCE_APPLIED_HEADER, PREFER_HEADER } from '../http/http-headers.js';
import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
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
  {
    operationId: 'listSubmissions',
    method: 'get',
    path: '/programmes/{programmeId}/submissions',
    summary:
      "The latest version of each organisation's submission per period, without values, newest period first",
    description:
      "Filtered by status, period and organisation. The programme's backbone coordinators and platform admins see every organisation's; other members their own organisation's.",
    query: listSubmissionsQuerySchema,
    status: 200,
    response: pageSchema(submissionListItemSchema),
    errors: [404],
  },
  {
    operationId: 'getSubmission',
    method: 'get',
    path: SUBMISSIONS,
    summary: "An organisation's submission for a period, every version",
    description: "The organisation's own users and the programme's backbone.",
    status: 200,
    response: submissionHistorySchema,
    errors: [404],
  },
  {
    operationId: 'saveSubmission',
    ...MINIMAL,
    method: 'put',
    path: SUBMISSIONS,
    summary: 'Save values as a draft (a new version after a decision)',
    description: REPORTER_ACCESS,
    body: saveSubmissionSchema,
    status: 200,
    response: submissionSchema,
    errors: [404, 409, 422],
  },
  {
    operationId: 'submitSubmission',
    ...MINIMAL,
    method: 'post',
    path: `${SUBMISSIONS}/submit`,
    summary: 'Submit the draft for approval',
    description: REPORTER_ACCESS,
    status: 200,
    response: submissionSchema,
    errors: [404, 409, 422],
  },
  {
    operationId: 'approveSubmission',
    ...MINIMAL,
    method: 'post',
    path: `${SUBMISSIONS}/approve`,
    summary: 'Approve the submitted version',
    description: BACKBONE_ACCESS,
    status: 200,
    response: submissionSchema,
    errors: [404, 409],
  },
  {
    operationId: 'returnSubmission',
    ...MINIMAL,
    method: 'post',
    path: `${SUBMISSIONS}/return`,
    summary: 'Return the submitted version with a comment',
    description: BACKBONE_ACCESS,
    body: returnSubmissionSchema,
    status: 200,
    response: submissionSchema,
    errors: [404, 409],
  },
  {
    operationId: 'importSubmission',
    method: 'post',
    path: `${SUBMISSIONS}/import`,
    summary:
      'Import a report made before the programme came onto Samvirke: its versions, decisions and dates',
    description:
      "Platform admins only. Into a closed period, for a data provider that has nothing for it yet (409 otherwise); no date in the future. Every version but the last was returned with a comment, the last was approved: it counts in progress, and timeliness by its first submission's date, like any other. The approval is announced as usual (submission.approved, progress.updated); the earlier returns are kept as history only.",
    body: importSubmissionSchema,
    status: 201,
    response: submissionHistorySchema,
    errors: [404, 409, 422],
  },
  {
    operationId: 'saveSubmissionCsv',
    ...MINIMAL,
    method: 'put',
    path: `${SUBMISSIONS}/csv`,
    summary: 'Save values from a CSV file (Danish Excel: semicolons, decimal comma, BOM; or comma-separated)',
    description: `${REPORTER_ACCESS} Columns indikator;opdeling;værdi, optionally ;kommentar (a note kept with the value, at most 500 characters); or indicator,disaggregation,value[,comment]. Quoted cells may hold delimiters, quotes and line breaks. Errors point at /rows/<row>/<column>, the header being row 1 and rows counted as a spreadsheet counts them.`,
    body: z.string(),
    bodyType: 'text/csv',
    status: 200,
    response: submissionSchema,
    errors: [404, 409, 413, 415, 422],
  },
  {
    operationId: 'getSubmissionTemplate',
    method: 'get',
    path: '/programmes/{programmeId}/periods/{periodId}/template.csv',
    summary: 'A CSV template with every indicator and disaggregation the period collects',
    description: SETUP_ACCESS,
    status: 200,
    response: z.string(),
    responseType: 'text/csv',
    errors: [404],
  },
];
