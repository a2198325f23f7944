import { PREFERENCE_APPLIED_HEADER, PREFER_HEADER } from '../http/http-headers.js';
import { deadLetterOperations } from '../operations/dead-letters.api.js';
import type { ServiceApi } from '../http/http-operation.js';
import { pageSchema } from '../pagination.js';
import { z } from 'zod';
import { defineIndicatorSchema, indicatorSchema, listIndicatorsQuerySchema } from './indicator.dto.js';
import { measurementSettingsSchema } from './programme-settings.dto.js';
import { progressQuerySchema, progressSchema } from './progress.dto.js';
import {
  configureProgrammeIndicatorSchema,
  openReportingPeriodSchema,
  programmeIndicatorSchema,
  reportingPeriodSchema,
} from './programme-indicator.dto.js';
import {
  listSubmissionsQuerySchema,
  returnSubmissionSchema,
  saveSubmissionSchema,
  submissionHistorySchema,
  submissionListItemSchema,
  submissionSchema,
} from './submission.dto.js';

const SUBMISSIONS = '/programmes/{programmeId}/periods/{periodId}/submissions/{organisationId}';
const REPORTER_ACCESS =
  "The organisation's own reporters, while it is a data provider in the programme and the period is open.";
const BACKBONE_ACCESS = "The programme's backbone coordinators and platform admins.";

/** The submission's answers honour `Prefer: return=minimal`. */
const MINIMAL = { requestHeaders: [PREFER_HEADER], responseHeaders: [PREFERENCE_APPLIED_HEADER] } as const;

const SETUP_ACCESS =
  "Visible to the programme's current members and platform admins (anyone else gets 404); changed by its backbone's coordinators and platform admins.";

/** Every HTTP operation of the measurement service (the OpenAPI document is built from this list). */
export const MEASUREMENT_API: ServiceApi = {
  name: 'measurement',
  prefix: '/api/measurement',
  operations: [
    {
      operationId: 'defineIndicator',
      method: 'post',
      path: '/indicators',
      summary: 'Add an indicator to the shared library (platform admins, backbone coordinators)',
      body: defineIndicatorSchema,
      status: 201,
      response: indicatorSchema,
      errors: [409, 422],
    },
    {
      operationId: 'listIndicators',
      method: 'get',
      path: '/indicators',
      summary: 'The indicator library, with search',
      query: listIndicatorsQuerySchema,
      status: 200,
      response: pageSchema(indicatorSchema),
    },
    {
      operationId: 'getIndicator',
      method: 'get',
      path: '/indicators/{id}',
      summary: 'One indicator',
      status: 200,
      response: indicatorSchema,
      errors: [404],
    },
    {
      operationId: 'listProgrammeIndicators',
      method: 'get',
      path: '/programmes/{programmeId}/indicators',
      summary: 'The indicators a programme tracks, with baselines and targets',
      description: SETUP_ACCESS,
      status: 200,
      response: z.array(programmeIndicatorSchema),
      errors: [404],
    },
    {
      operationId: 'configureProgrammeIndicator',
      method: 'put',
      path: '/programmes/{programmeId}/indicators/{code}',
      summary: 'Track an indicator: frequency, baseline, targets',
      description: SETUP_ACCESS,
      body: configureProgrammeIndicatorSchema,
      status: 200,
      response: programmeIndicatorSchema,
      errors: [404, 422],
    },
    {
      operationId: 'listReportingPeriods',
      method: 'get',
      path: '/programmes/{programmeId}/periods',
      summary: "The programme's reporting periods",
      description: SETUP_ACCESS,
      status: 200,
      response: z.array(reportingPeriodSchema),
      errors: [404],
    },
    {
      operationId: 'openReportingPeriod',
      method: 'post',
      path: '/programmes/{programmeId}/periods',
      summary: 'Open a reporting period with its due date',
      description: SETUP_ACCESS,
      body: openReportingPeriodSchema,
      status: 201,
      response: reportingPeriodSchema,
      errors: [404, 409],
    },
    {
      operationId: 'closeReportingPeriod',
      method: 'post',
      path: '/programmes/{programmeId}/periods/{periodId}/close',
      summary: 'Close (lock) a reporting period',
      description: SETUP_ACCESS,
      status: 200,
      response: reportingPeriodSchema,
      errors: [404, 409],
    },
    {
      operationId: 'reopenReportingPeriod',
      method: 'post',
      path: '/programmes/{programmeId}/periods/{periodId}/reopen',
      summary: 'Reopen a closed period for a correction',
      description: SETUP_ACCESS,
      status: 200,
      response: reportingPeriodSchema,
      errors: [404, 409],
    },
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
      operationId: 'saveSubmissionCsv',
      ...MINIMAL,
      method: 'put',
      path: `${SUBMISSIONS}/csv`,
      summary:
        'Save values from a CSV file (Danish Excel: semicolons, decimal comma, BOM; or comma-separated)',
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
    {
      operationId: 'getProgress',
      method: 'get',
      path: '/programmes/{programmeId}/progress',
      summary:
        'Progress for a period: aggregates, baseline, target, attainment, trend, completeness, timeliness',
      description:
        'For the programme\'s members and platform admins. Sensitive counts from 1 to 4 show as "<5" outside the reporting organisation, and their aggregates over fewer than 3 organisations are suppressed.',
      query: progressQuerySchema,
      status: 200,
      response: progressSchema,
      errors: [404],
    },
    {
      operationId: 'getMeasurementSettings',
      method: 'get',
      path: '/programmes/{programmeId}/measurement-settings',
      summary: "The programme's cross-indicator rules and suppression thresholds",
      description: SETUP_ACCESS,
      status: 200,
      response: measurementSettingsSchema,
      errors: [404],
    },
    {
      operationId: 'putMeasurementSettings',
      method: 'put',
      path: '/programmes/{programmeId}/measurement-settings',
      summary: 'Set cross-indicator rules (e.g. a part ≤ its whole) and suppression thresholds',
      description: SETUP_ACCESS,
      body: measurementSettingsSchema,
      status: 200,
      response: measurementSettingsSchema,
      errors: [404, 422],
    },
    ...deadLetterOperations('measurement'),
  ],
};
