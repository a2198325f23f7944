import { PARENT_APPROVAL_OPERATIONS } from './parent-approvals.api.js';
import { auditOperations } from '../operations/audit.api.js';
import { deadLetterOperations } from '../operations/dead-letters.api.js';
import type { ServiceApi } from '../http/http-operation.js';
import { access, answers, op } from '../http/operation-builder.js';
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
import { analyticsQuerySchema, analyticsSchema } from './analytics.dto.js';
import {
  configureProgrammeIndicatorSchema,
  extendReportingDeadlineSchema,
  lockReportingPeriodSchema,
  openReportingPeriodSchema,
  programmeIndicatorSchema,
  reopenLockedPeriodSchema,
  reportingPeriodHistoryEntrySchema,
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
    op.create('defineIndicator', '/indicators', {
      summary: 'Add an indicator to the shared library (platform admins, backbone coordinators)',
      body: defineIndicatorSchema,
      ...answers(indicatorSchema, 409, 422),
    }),
    op.get('listIndicators', '/indicators', {
      summary: 'The indicator library, with search',
      query: listIndicatorsQuerySchema,
      ...answers(pageSchema(indicatorSchema)),
    }),
    op.get('getIndicator', '/indicators/{id}', {
      summary: 'One indicator',
      ...answers(indicatorSchema, 404),
    }),
    op.create('versionIndicator', '/indicators/{id}/versions', {
      summary:
        'Replace a current indicator by a new version <lineage>.v<N> (platform admins, backbone coordinators); programmes tracking the old version keep it',
      body: versionIndicatorSchema,
      ...answers(indicatorSchema, 404, 409, 422),
    }),
    op.post('retireIndicator', '/indicators/{id}/retire', {
      summary:
        'Retire an indicator (platform admins, backbone coordinators): no programme adds it anew; its history stays',
      ...answers(indicatorSchema, 404, 409),
    }),
    op.get('listProgrammeIndicators', '/programmes/{programmeId}/indicators', {
      summary: 'The indicators a programme tracks, with baselines and targets',
      ...access(SETUP_ACCESS).answers(z.array(programmeIndicatorSchema), 404),
    }),
    op.put('configureProgrammeIndicator', '/programmes/{programmeId}/indicators/{code}', {
      summary: 'Track an indicator: frequency, baseline, targets',
      body: configureProgrammeIndicatorSchema,
      ...access(SETUP_ACCESS).answers(programmeIndicatorSchema, 404, 409, 422),
    }),
    op.get('listReportingPeriods', '/programmes/{programmeId}/periods', {
      summary: "The programme's reporting periods",
      ...access(SETUP_ACCESS).answers(z.array(reportingPeriodSchema), 404),
    }),
    op.create('openReportingPeriod', '/programmes/{programmeId}/periods', {
      summary: 'Open a reporting period with its due date',
      body: openReportingPeriodSchema,
      ...access(SETUP_ACCESS).answers(reportingPeriodSchema, 404, 409),
    }),
    op.post('closeReportingPeriod', '/programmes/{programmeId}/periods/{periodId}/close', {
      summary: 'Close (lock) a reporting period',
      ...access(SETUP_ACCESS).answers(reportingPeriodSchema, 404, 409),
    }),
    op.post('extendReportingDeadline', '/programmes/{programmeId}/periods/{periodId}/extend', {
      summary: "Move an open period's due date later; data providers are reminded again against it",
      body: extendReportingDeadlineSchema,
      ...access(SETUP_ACCESS).answers(reportingPeriodSchema, 404, 409, 422),
    }),
    op.post('reopenReportingPeriod', '/programmes/{programmeId}/periods/{periodId}/reopen', {
      summary: 'Reopen a closed period for a correction',
      ...access(SETUP_ACCESS).answers(reportingPeriodSchema, 404, 409),
    }),
    op.post('lockReportingPeriod', '/programmes/{programmeId}/periods/{periodId}/lock', {
      summary:
        'Lock a period (open or closed), with an optional reason: submissions, corrections, imports, approvals and returns for it are refused (409) until it is reopened; reads go on',
      body: lockReportingPeriodSchema,
      ...access(SETUP_ACCESS).answers(reportingPeriodSchema, 404, 409),
    }),
    op.post('unlockReportingPeriod', '/programmes/{programmeId}/periods/{periodId}/unlock', {
      summary: 'Reopen a locked period with a required reason; it is open for submissions again',
      body: reopenLockedPeriodSchema,
      ...access(SETUP_ACCESS).answers(reportingPeriodSchema, 404, 409),
    }),
    op.get('getReportingPeriodHistory', '/programmes/{programmeId}/periods/{periodId}/history', {
      summary: "A period's closes, locks and reopenings: who, when and why, oldest first",
      ...access(SETUP_ACCESS).answers(z.array(reportingPeriodHistoryEntrySchema), 404),
    }),
    ...SUBMISSION_OPERATIONS,
    ...PARENT_APPROVAL_OPERATIONS,
    ...POPULATION_STATISTICS_OPERATIONS,
    op.get('getProgress', '/programmes/{programmeId}/progress', {
      summary:
        'Progress for a period: aggregates, baseline, target, attainment, trend, completeness, timeliness',
      query: progressQuerySchema,
      ...access(
        'For the programme\'s members and platform admins. Sensitive counts from 1 to 4 show as "<5" outside the reporting organisation, and their aggregates over fewer than 3 organisations are suppressed.',
      ).answers(progressSchema, 404),
    }),
    op.get('getDisaggregatedProgress', '/programmes/{programmeId}/progress/disaggregations', {
      summary: "A period's summed indicators split by their disaggregations (e.g. køn, alder)",
      query: progressQuerySchema,
      ...access(
        "For the programme's members and platform admins. Each category is the sum over the approved organisations. A sensitive count's dimension is shown whole or held back whole (suppressed, every value null): when a category is from 1 to 4, when fewer than 2 other organisations or fewer than the programme's minimum contributed, or when the indicator's own progress hides anything from the caller. Indicators that are not sums are left out.",
      ).answers(disaggregatedProgressSchema, 404),
    }),
    op.get('getAnalytics', '/programmes/{programmeId}/analytics', {
      summary:
        'Approved values pivoted by indicator × period × organisation or region × disaggregation, aggregated as each indicator aggregates',
      query: analyticsQuerySchema,
      ...access(
        'For the programme\'s members and platform admins. Every figure passes the same small-number suppression as progress for the caller ("<5", or "suppressed" where it would let a hidden figure be worked out); filters choose rows only, never what is hidden.',
      ).answers(analyticsSchema, 404),
    }),
    op.get('getMeasurementSettings', '/programmes/{programmeId}/measurement-settings', {
      summary: "The programme's cross-indicator rules and suppression thresholds",
      ...access(SETUP_ACCESS).answers(measurementSettingsSchema, 404),
    }),
    op.put('putMeasurementSettings', '/programmes/{programmeId}/measurement-settings', {
      summary: 'Set cross-indicator rules (e.g. a part ≤ its whole) and suppression thresholds',
      body: measurementSettingsSchema,
      ...access(SETUP_ACCESS).answers(measurementSettingsSchema, 404, 422),
    }),
    ...LEARNING_OPERATIONS,
    ...deadLetterOperations('measurement'),
    ...auditOperations('measurement'),
  ],
};
