import {
  reportingDeadlineApproachingV1,
  reportingOverdueV1,
  submissionApprovedV1,
  submissionReturnedV1,
  submissionSubmittedV1,
} from '@samvirke/contracts';
import { formatDate } from '../templates/templates.rules.js';
import { kindOfRule, nameOf } from './notification-rule.js';

/** What every reporting and submission event carries that its message shows. */
interface ReportingFields {
  readonly programmeId: string;
  readonly organisationId: string;
  readonly period: string;
}

/** What only some of them carry: deadlines a due date, submissions a version. */
interface ReportingDetails {
  readonly dueDate?: string;
  readonly version?: number;
}

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
  template: 'reporting-deadline-approaching',
  category: 'reporting-reminder',
  details: dueDate,
  audiences: (data) => [{ organisationIds: [data.organisationId], role: 'reporter' }],
});

export const REPORTING_OVERDUE_RULE = reportingRule({
  event: reportingOverdueV1,
  template: 'reporting-overdue',
  category: 'reporting-overdue',
  details: dueDate,
  audiences: (data, facts) => [
    { organisationIds: [data.organisationId], role: 'reporter' },
    { organisationIds: facts.backbones, role: 'backbone-coordinator' },
  ],
});

export const SUBMISSION_SUBMITTED_RULE = reportingRule({
  event: submissionSubmittedV1,
  template: 'submission-submitted',
  category: 'submission-review',
  details: version,
  audiences: (_data, facts) => [{ organisationIds: facts.backbones, role: 'backbone-coordinator' }],
});

export const SUBMISSION_RETURNED_RULE = reportingRule({
  event: submissionReturnedV1,
  template: 'submission-returned',
  category: 'submission-review',
  details: version,
  audiences: (data) => [{ organisationIds: [data.organisationId], role: 'reporter' }],
});

export const SUBMISSION_APPROVED_RULE = reportingRule({
  event: submissionApprovedV1,
  template: 'submission-approved',
  category: 'submission-review',
  details: version,
  audiences: (data) => [{ organisationIds: [data.organisationId], role: 'reporter' }],
});
