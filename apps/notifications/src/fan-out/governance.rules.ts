import {
  actionItemDueSoonV1,
  actionItemDueSoonV2,
  decisionRecordedV1,
  healthCheckRoundOpenedV1,
  meetingScheduledV1,
  type NotificationLanguage,
} from '@samvirke/contracts';
import { formatDate } from '../templates/templates.rules.js';
import { defineRule, organisationRule, programmeRule } from './notification-rule.js';

const MOMENT = {
  da: new Intl.DateTimeFormat('da-DK', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }),
} as const;

/** A moment as a Danish (or English) date and time in Copenhagen. */
export function formatMoment(iso: string, language: NotificationLanguage): string {
  return MOMENT[language].format(new Date(iso));
}

/** The member organisations of the body that meets hear of the meeting. */
export const MEETING_SCHEDULED_RULE = defineRule({
  event: meetingScheduledV1,
  template: 'meeting-scheduled',
  category: 'governance',
  directory: (data) => ({ programmeId: data.programmeId, organisationIds: [], backbones: false }),
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: data.memberOrganisationIds, role: '*' }],
    variables: (language) => ({
      programmeName: facts.programmeName,
      bodyName: data.bodyName,
      title: data.title,
      startsAt: formatMoment(data.startsAt, language),
      location: data.location || '–',
    }),
  }),
});

/** The owner's organisation is reminded of an action item before it is due; no person is named. */
export const ACTION_ITEM_DUE_SOON_RULE = organisationRule({
  event: actionItemDueSoonV2,
  template: 'action-item-due-soon',
  category: 'governance',
  organisation: (data) => data.ownerOrganisationId,
  variables: (data, language) => ({ title: data.title, dueDate: formatDate(data.dueDate, language) }),
});

/** Reminders sent before v2 (still in the topic for its retention) go out the same way, without the name. */
export const ACTION_ITEM_DUE_SOON_V1_RULE = organisationRule({
  event: actionItemDueSoonV1,
  template: 'action-item-due-soon',
  category: 'governance',
  organisation: (data) => data.ownerOrganisationId,
  variables: (data, language) => ({ title: data.title, dueDate: formatDate(data.dueDate, language) }),
});

/** Every member organisation hears that a health check round is open for its people to answer. */
export const HEALTH_CHECK_ROUND_OPENED_RULE = programmeRule({
  event: healthCheckRoundOpenedV1,
  category: 'governance',
  organisations: () => [],
  audiences: (data) => [{ organisationIds: data.memberOrganisationIds, role: '*' }],
  variables: (data, _facts, language) => ({
    title: data.title,
    opensOn: formatDate(data.opensOn, language),
    closesOn: formatDate(data.closesOn, language),
  }),
});

/** Every current member organisation of the programme hears of a decision in its decision log. */
export const DECISION_RECORDED_RULE = defineRule({
  event: decisionRecordedV1,
  template: 'decision-recorded',
  category: 'governance',
  directory: (data) => ({
    programmeId: data.programmeId,
    organisationIds: [],
    backbones: false,
    members: true,
  }),
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: facts.members ?? [], role: '*' }],
    variables: (language) => ({
      programmeName: facts.programmeName,
      title: data.title,
      decidedOn: formatDate(data.decidedOn, language),
    }),
  }),
});

export const GOVERNANCE_RULES = [
  MEETING_SCHEDULED_RULE,
  ACTION_ITEM_DUE_SOON_RULE,
  ACTION_ITEM_DUE_SOON_V1_RULE,
  HEALTH_CHECK_ROUND_OPENED_RULE,
  DECISION_RECORDED_RULE,
] as const;
