import { auditOperations } from '../operations/audit.api.js';
import { deadLetterOperations } from '../operations/dead-letters.api.js';
import type { ServiceApi } from '../http/http-operation.js';
import { pageSchema } from '../pagination.js';
import { z } from 'zod';
import {
  defineIndicatorSchema,
  indicatorSchema,
  listIndicatorsQuerySchema,
  versionIndicatorSchema,
} from './indicator.dto.js';
import { POPULATION_STATISTICS_OPERATIONS } from './population-statistics.api.js';
import { measurementSettingsSchema } from './programme-settings.dto.js';
import { progressQuerySchema, progressSchema } from './progress.dto.js';
import { disaggregatedProgressSchema } from './progress-disaggregation.dto.js';
import {
  configureProgrammeIndicatorSchema,
  extendReportingDeadlineSchema,
  openReportingPeriodSchema,
  programmeIndicatorSchema,
  reportingPeriodSchema,
} from './programme-indicator.dto.js';
import { SUBMISSION_OPERATIONS } from './submissions.api.js';
import { LEARNING_OPERATIONS } from './learning.api.js';
import { SETUP_ACCESS } from './measurement-access-texts.js';

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
      operationId: 'versionIndicator',
      method: 'post',
      path: '/indicators/{id}/versions',
      summary:
        'Replace a current indicator by a new version <lineage>.v<N> (platform admins, backbone coordinators); programmes tracking the old version keep it',
      body: versionIndicatorSchema,
      status: 201,
      response: indicatorSchema,
      errors: [404, 409, 422],
    },
    {
      operationId: 'retireIndicator',
      method: 'post',
      path: '/indicators/{id}/retire',
      summary:
        'Retire an indicator (platform admins, backbone coordinators): no programme adds it anew; its history stays',
      status: 200,
      response: indicatorSchema,
      errors: [404, 409],
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
      errors: [404, 409, 422],
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
      operationId: 'extendReportingDeadline',
      method: 'post',
      path: '/programmes/{programmeId}/periods/{periodId}/extend',
      summary: "Move an open period's due date later; data providers are reminded again against it",
      description: SETUP_ACCESS,
      body: extendReportingDeadlineSchema,
      status: 200,
      response: reportingPeriodSchema,
      errors: [404, 409, 422],
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
    ...SUBMISSION_OPERATIONS,
    ...POPULATION_STATISTICS_OPERATIONS,
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
      operationId: 'getDisaggregatedProgress',
      method: 'get',
      path: '/programmes/{programmeId}/progress/disaggregations',
      summary: "A period's summed indicators split by their disaggregations (e.g. køn, alder)",
      description:
        "For the programme's members and platform admins. Each category is the sum over the approved organisations. A sensitive count's dimension is shown whole or held back whole (suppressed, every value null): when a category is from 1 to 4, when fewer than 2 other organisations or fewer than the programme's minimum contributed, or when the indicator's own progress hides anything from the caller. Indicators that are not sums are left out.",
      query: progressQuerySchema,
      status: 200,
      response: disaggregatedProgressSchema,
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
    ...LEARNING_OPERATIONS,
    ...deadLetterOperations('measurement'),
    ...auditOperations('measurement'),
  ],
};
