import {
  reportingDeadlineApproachingV1,
  reportingOverdueV1,
  reportingPeriodLockedV1,
  reportingPeriodReopenedV1,
  submissionApprovedV1,
  submissionParentApprovedV1,
  submissionReturnedV1,
  submissionSubmittedV1,
  type ReportingDeadlineApproachingV1,
  type SubmissionSubmittedV1,
} from '@samvirke/contracts';
import { formatDate } from '../templates/templates.rules.js';
import { LEARNING_RULES } from './learning.rules.js';
import { kindOfRule, nameOf, programmeRule, type NotificationRule } from './notification-rule.js';

/** What every reporting and submission event carries that its message shows. */
type ReportingFields = Pick<SubmissionSubmittedV1, 'programmeId' | 'organisationId' | 'period'>;

/** What only some of them carry: deadlines a due date, submissions a version. */
type ReportingDetails = Partial<
  Pick<ReportingDeadlineApproachingV1, 'dueDate'> & Pick<SubmissionSubmittedV1, 'version'>
>;

/** A rule of a reporting or submission event: what it shows beyond the common fields, and who hears. */
const reportingRule = kindOfRule<ReportingFields, ReportingDetails>({
  organisations: (data) => [data.organisationId],
  backbones: true,
  variables: (data, details, facts, language) => ({
    organisationName: nameOf(facts, data.organisationId),
    period: data.period,
    version: details.version === undefined ? '' : String(details.version),
    dueDate: details.dueDate ? formatDate(details.dueDate, language) : '',
  }),
});

const dueDate = (data: { dueDate: string }): ReportingDetails => ({ dueDate: data.dueDate });
const version = (data: { version: number }): ReportingDetails => ({ version: data.version });

export const DEADLINE_APPROACHING_RULE = reportingRule({
  event: reportingDeadlineApproachingV1,
  category: 'reporting-reminder',
  details: dueDate,
  audiences: (data) => [{ organisationIds: [data.organisationId], role: 'reporter' }],
});

export const REPORTING_OVERDUE_RULE = reportingRule({
  event: reportingOverdueV1,
  category: 'reporting-overdue',
  details: dueDate,
  audiences: (data, facts) => [
    { organisationIds: [data.organisationId], role: 'reporter' },
    { organisationIds: facts.backbones, role: 'backbone-coordinator' },
  ],
});

/**
 * A submission waits for the backbone; a sub-unit's waits first for the reporters of the
 * municipality (or forvaltning) above it, and the backbone hears of it when they approve.
 */
export const SUBMISSION_SUBMITTED_RULE = reportingRule({
  event: submissionSubmittedV1,
  category: 'submission-review',
  details: version,
  audiences: (data, facts) =>
    data.firstApproverOrganisationIds?.length
      ? [{ organisationIds: data.firstApproverOrganisationIds, role: 'reporter' }]
      : [{ organisationIds: facts.backbones, role: 'backbone-coordinator' }],
});

/** The municipality approved its sub-unit's version: now the backbone decides; the sub-unit hears too. */
export const SUBMISSION_PARENT_APPROVED_RULE = reportingRule({
  event: submissionParentApprovedV1,
  category: 'submission-review',
  details: version,
  audiences: (data, facts) => [
    { organisationIds: facts.backbones, role: 'backbone-coordinator' },
    { organisationIds: [data.organisationId], role: 'reporter' },
  ],
});

export const SUBMISSION_RETURNED_RULE = reportingRule({
  event: submissionReturnedV1,
  category: 'submission-review',
  details: version,
  audiences: (data) => [{ organisationIds: [data.organisationId], role: 'reporter' }],
});

export const SUBMISSION_APPROVED_RULE = reportingRule({
  event: submissionApprovedV1,
  category: 'submission-review',
  details: version,
  audiences: (data) => [{ organisationIds: [data.organisationId], role: 'reporter' }],
});

/**
 * The reporters of the programme's data providers hear that a period is locked (nothing they save or
 * submit for it is taken) and that it is open again, with the backbone's reason.
 */
export const PERIOD_LOCKED_RULE = programmeRule({
  event: reportingPeriodLockedV1,
  category: 'reporting-reminder',
  organisations: () => [],
  audiences: (data) => [{ organisationIds: data.dataProviderIds, role: 'reporter' }],
  variables: (data, _facts, language) => ({
    period: data.period,
    reason: data.reason ?? (language === 'da' ? '(ingen begrundelse)' : '(no reason given)'),
  }),
});

export const PERIOD_REOPENED_RULE = programmeRule({
  event: reportingPeriodReopenedV1,
  category: 'reporting-reminder',
  organisations: () => [],
  audiences: (data) => [{ organisationIds: data.dataProviderIds, role: 'reporter' }],
  variables: (data, _facts, language) => ({
    period: data.period,
    reason: data.reason,
    dueDate: formatDate(data.dueDate, language),
  }),
});

/** Every rule of measurement's events. */
export const MEASUREMENT_RULES: readonly NotificationRule[] = [
  DEADLINE_APPROACHING_RULE,
  REPORTING_OVERDUE_RULE,
  SUBMISSION_SUBMITTED_RULE,
  SUBMISSION_PARENT_APPROVED_RULE,
  SUBMISSION_RETURNED_RULE,
  SUBMISSION_APPROVED_RULE,
  PERIOD_LOCKED_RULE,
  PERIOD_REOPENED_RULE,
  ...LEARNING_RULES,
];
