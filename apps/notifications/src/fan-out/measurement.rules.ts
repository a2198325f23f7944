import {
  reportingDeadlineApproachingV1,
  reportingOverdueV1,
  submissionApprovedV1,
  submissionReturnedV1,
  submissionSubmittedV1,
  type NotificationLanguage,
} from '@samvirke/contracts';
import { formatDate } from '../templates/templates.rules.js';
import { defineRule, nameOf, type DirectoryFacts, type DirectoryQuestion } from './notification-rule.js';

/** What reporting and submission events carry that their messages show. */
interface ReportingFields {
  readonly programmeId: string;
  readonly organisationId: string;
  readonly period: string;
  readonly dueDate?: string;
  readonly version?: number;
}

const reportingDirectory = (data: ReportingFields): DirectoryQuestion => ({
  programmeId: data.programmeId,
  organisationIds: [data.organisationId],
  backbones: true,
});

const reportingVariables =
  (data: ReportingFields, facts: DirectoryFacts) => (language: NotificationLanguage) => ({
    programmeName: facts.programmeName,
    organisationName: nameOf(facts, data.organisationId),
    period: data.period,
    version: data.version === undefined ? '' : String(data.version),
    dueDate: data.dueDate ? formatDate(data.dueDate, language) : '',
  });

export const DEADLINE_APPROACHING_RULE = defineRule({
  event: reportingDeadlineApproachingV1,
  template: 'reporting-deadline-approaching',
  category: 'reporting-reminder',
  directory: reportingDirectory,
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: [data.organisationId], role: 'reporter' }],
    variables: reportingVariables(data, facts),
  }),
});

export const REPORTING_OVERDUE_RULE = defineRule({
  event: reportingOverdueV1,
  template: 'reporting-overdue',
  category: 'reporting-overdue',
  directory: reportingDirectory,
  outcome: (data, facts) => ({
    audiences: [
      { organisationIds: [data.organisationId], role: 'reporter' },
      { organisationIds: facts.backbones, role: 'backbone-coordinator' },
    ],
    variables: reportingVariables(data, facts),
  }),
});

export const SUBMISSION_SUBMITTED_RULE = defineRule({
  event: submissionSubmittedV1,
  template: 'submission-submitted',
  category: 'submission-review',
  directory: reportingDirectory,
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: facts.backbones, role: 'backbone-coordinator' }],
    variables: reportingVariables(data, facts),
  }),
});

export const SUBMISSION_RETURNED_RULE = defineRule({
  event: submissionReturnedV1,
  template: 'submission-returned',
  category: 'submission-review',
  directory: reportingDirectory,
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: [data.organisationId], role: 'reporter' }],
    variables: reportingVariables(data, facts),
  }),
});

export const SUBMISSION_APPROVED_RULE = defineRule({
  event: submissionApprovedV1,
  template: 'submission-approved',
  category: 'submission-review',
  directory: reportingDirectory,
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: [data.organisationId], role: 'reporter' }],
    variables: reportingVariables(data, facts),
  }),
});
