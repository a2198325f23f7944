import { z } from 'zod';
import type { EventDefinition } from './define-event.js';
import { applicationReviewedV1 } from './grants/application-reviewed.v1.js';
import { applicationSubmittedV1 } from './grants/application-submitted.v1.js';
import { fundingCommittedV1 } from './grants/funding-committed.v1.js';
import { awardAmendmentAppliedV1 } from './grants/award-amendment-applied.v1.js';
import { awardAmendmentApprovedV1 } from './grants/award-amendment-approved.v1.js';
import { awardAmendmentDeclinedV1 } from './grants/award-amendment-declined.v1.js';
import { awardAmendmentProposedV1 } from './grants/award-amendment-proposed.v1.js';
import { awardAmendmentWithdrawnV1 } from './grants/award-amendment-withdrawn.v1.js';
import { awardRefundRecordedV1 } from './grants/award-refund-recorded.v1.js';
import { awardShareConfirmedV1 } from './grants/award-share-confirmed.v1.js';
import { awardShareDeclinedV1 } from './grants/award-share-declined.v1.js';
import { awardShareRequestedV1 } from './grants/award-share-requested.v1.js';
import { applicationPartnerInvitedV1 } from './grants/application-partner-invited.v1.js';
import { applicationPartnerAnsweredV1 } from './grants/application-partner-answered.v1.js';
import { grantAwardedV1 } from './grants/grant-awarded.v1.js';
import { grantCallClosedV1 } from './grants/grant-call-closed.v1.js';
import { grantCallOpenedV1 } from './grants/grant-call-opened.v1.js';
import { grantAgreementAcceptedV1 } from './grants/grant-agreement-accepted.v1.js';
import { grantReportApprovedV1 } from './grants/grant-report-approved.v1.js';
import { grantReportReturnedV1 } from './grants/grant-report-returned.v1.js';
import { grantReportSubmittedV1 } from './grants/grant-report-submitted.v1.js';
import { attachmentAddedV1 } from './grants/attachment-added.v1.js';
import { trancheEligibleV1 } from './grants/tranche-eligible.v1.js';
import { paymentRecordedV1 } from './grants/payment-recorded.v1.js';
import { trancheHeldV1 } from './grants/tranche-held.v1.js';
import { tranchePaidV1 } from './grants/tranche-paid.v1.js';
import { notificationDeliveredV1 } from './notifications/notification-delivered.v1.js';
import { webhookDeliveryFailedV1 } from './notifications/webhook-delivery-failed.v1.js';
import { indicatorDefinedV1 } from './measurement/indicator-defined.v1.js';
import { indicatorRetiredV1 } from './measurement/indicator-retired.v1.js';
import { indicatorVersionedV1 } from './measurement/indicator-versioned.v1.js';
import { populationStatisticsLoadedV1 } from './measurement/population-statistics-loaded.v1.js';
import { reportingDeadlineExtendedV1 } from './measurement/reporting-deadline-extended.v1.js';
import { programmeIndicatorConfiguredV1 } from './measurement/programme-indicator-configured.v1.js';
import { targetSetV1 } from './measurement/target-set.v1.js';
import { indicatorStoryWrittenV1 } from './measurement/indicator-story-written.v1.js';
import { learningEntryRecordedV1 } from './measurement/learning-entry-recorded.v1.js';
import { storyCommentAddedV1 } from './measurement/story-comment-added.v1.js';
import { reportingPeriodClosedV1 } from './measurement/reporting-period-closed.v1.js';
import { reportingPeriodLockedV1 } from './measurement/reporting-period-locked.v1.js';
import { reportingPeriodReopenedV1 } from './measurement/reporting-period-reopened.v1.js';
import { reportingPeriodOpenedV1 } from './measurement/reporting-period-opened.v1.js';
import { reportingDeadlineApproachingV1 } from './measurement/reporting-deadline-approaching.v1.js';
import { reportingOverdueV1 } from './measurement/reporting-overdue.v1.js';
import { progressUpdatedV1 } from './measurement/progress-updated.v1.js';
import { submissionApprovedV1 } from './measurement/submission-approved.v1.js';
import { submissionReturnedV1 } from './measurement/submission-returned.v1.js';
import { submissionParentApprovedV1 } from './measurement/submission-parent-approved.v1.js';
import { submissionSubmittedV1 } from './measurement/submission-submitted.v1.js';
import { activityRegisteredV1 } from './partners/activity-registered.v1.js';
import { activityUpdatedV1 } from './partners/activity-updated.v1.js';
import { actionItemDueSoonV1 } from './partners/action-item-due-soon.v1.js';
import { actionItemDueSoonV2 } from './partners/action-item-due-soon.v2.js';
import { announcementPublishedV1 } from './partners/announcement-published.v1.js';
import { decisionRecordedV1 } from './partners/decision-recorded.v1.js';
import { meetingScheduledV1 } from './partners/meeting-scheduled.v1.js';
import { healthCheckActionRecordedV1 } from './partners/health-check-action-recorded.v1.js';
import { healthCheckRoundClosedV1 } from './partners/health-check-round-closed.v1.js';
import { healthCheckRoundOpenedV1 } from './partners/health-check-round-opened.v1.js';
import { identityProviderRegisteredV1 } from './partners/identity-provider-registered.v1.js';
import { identityProviderRemovedV1 } from './partners/identity-provider-removed.v1.js';
import { privilegeRolesReplacedV1 } from './partners/privilege-roles-replaced.v1.js';
import { contactChangedV1 } from './partners/contact-changed.v1.js';
import { contactChangedV2 } from './partners/contact-changed.v2.js';
import { contactRemovedV1 } from './partners/contact-removed.v1.js';
import { membershipGrantedV1 } from './partners/membership-granted.v1.js';
import { membershipRevokedV1 } from './partners/membership-revoked.v1.js';
import { organisationRegisteredV1 } from './partners/organisation-registered.v1.js';
import { organisationUpdatedV1 } from './partners/organisation-updated.v1.js';
import { programmeCreatedV1 } from './partners/programme-created.v1.js';
import { programmeUpdatedV1 } from './partners/programme-updated.v1.js';
import { dataSubjectPartReportedV1 } from './privacy/data-subject-part-reported.v1.js';
import { dataSubjectRequestCompletedV1 } from './privacy/data-subject-request-completed.v1.js';
import { dataSubjectRequestOpenedV1 } from './privacy/data-subject-request-opened.v1.js';
import { personKeyIssuedV1 } from './privacy/person-key-issued.v1.js';
import { PUBLIC_EVENTS } from './public/public-events.js';

/**
 * Every event type the platform publishes, in one visible place. Publishing a type that is not
 * listed here fails at runtime (the outbox refuses it) and in the contract tests.
 */
export const EVENT_REGISTRY = [
  organisationRegisteredV1,
  organisationUpdatedV1,
  contactChangedV1,
  contactChangedV2,
  contactRemovedV1,
  personKeyIssuedV1,
  programmeCreatedV1,
  programmeUpdatedV1,
  membershipGrantedV1,
  membershipRevokedV1,
  activityRegisteredV1,
  activityUpdatedV1,
  announcementPublishedV1,
  meetingScheduledV1,
  decisionRecordedV1,
  actionItemDueSoonV1,
  actionItemDueSoonV2,
  healthCheckRoundOpenedV1,
  healthCheckRoundClosedV1,
  healthCheckActionRecordedV1,
  identityProviderRegisteredV1,
  identityProviderRemovedV1,
  privilegeRolesReplacedV1,
  indicatorDefinedV1,
  indicatorVersionedV1,
  indicatorRetiredV1,
  populationStatisticsLoadedV1,
  programmeIndicatorConfiguredV1,
  targetSetV1,
  reportingPeriodOpenedV1,
  reportingPeriodClosedV1,
  reportingPeriodLockedV1,
  reportingPeriodReopenedV1,
  reportingDeadlineExtendedV1,
  submissionSubmittedV1,
  submissionApprovedV1,
  submissionReturnedV1,
  submissionParentApprovedV1,
  reportingDeadlineApproachingV1,
  reportingOverdueV1,
  progressUpdatedV1,
  indicatorStoryWrittenV1,
  storyCommentAddedV1,
  learningEntryRecordedV1,
  fundingCommittedV1,
  grantCallOpenedV1,
  grantCallClosedV1,
  applicationSubmittedV1,
  applicationReviewedV1,
  awardShareRequestedV1,
  applicationPartnerInvitedV1,
  applicationPartnerAnsweredV1,
  awardShareConfirmedV1,
  awardShareDeclinedV1,
  grantAwardedV1,
  trancheEligibleV1,
  trancheHeldV1,
  tranchePaidV1,
  paymentRecordedV1,
  grantAgreementAcceptedV1,
  grantReportSubmittedV1,
  grantReportApprovedV1,
  grantReportReturnedV1,
  awardAmendmentProposedV1,
  awardAmendmentApprovedV1,
  awardAmendmentAppliedV1,
  awardAmendmentDeclinedV1,
  awardAmendmentWithdrawnV1,
  awardRefundRecordedV1,
  attachmentAddedV1,
  notificationDeliveredV1,
  webhookDeliveryFailedV1,
  dataSubjectRequestOpenedV1,
  dataSubjectRequestCompletedV1,
  dataSubjectPartReportedV1.measurement,
  dataSubjectPartReportedV1.grants,
  dataSubjectPartReportedV1.notifications,
  // The curated public events (no personal data) the feed service publishes for integrations.
  ...PUBLIC_EVENTS,
] as const;

export type RegisteredEvent = (typeof EVENT_REGISTRY)[number];
export type EventType = RegisteredEvent['type'];
export type EventDataOf<T extends EventType> = z.infer<Extract<RegisteredEvent, { type: T }>['schema']>;

const byType = new Map<string, RegisteredEvent>(
  EVENT_REGISTRY.map((definition) => [definition.type, definition]),
);

export function findEventDefinition(type: string): RegisteredEvent | undefined {
  return byType.get(type);
}

export function isRegistered(definition: EventDefinition): boolean {
  return byType.get(definition.type) === definition;
}

/** JSON Schema (draft 2020-12) of an event's data, as published in the AsyncAPI document. */
export function eventDataJsonSchema(definition: EventDefinition): Record<string, unknown> {
  return z.toJSONSchema(definition.schema, { target: 'draft-2020-12' });
}
