import {
  awardShareDeclinedV1,
  awardShareRequestedV1,
  grantAgreementAcceptedV1,
  grantAwardedV1,
  grantReportApprovedV1,
  grantReportReturnedV1,
  grantReportSubmittedV1,
  trancheEligibleV1,
  trancheHeldV1,
  tranchePaidV1,
  type GrantReportSubmittedV1,
  type TrancheEligibleV1,
  type TranchePaidV1,
} from '@samvirke/contracts';
import { formatDate, formatOre } from '../templates/templates.rules.js';
import { AMENDMENT_RULES } from './grants-amendments.rules.js';
import { JOINT_APPLICATION_RULES } from './grants-joint.rules.js';
import { kindOfRule, nameOf, programmeRule, type NotificationRule } from './notification-rule.js';

/** What the award and tranche events carry that their messages show. */
type TrancheFields = Pick<TrancheEligibleV1, 'programmeId' | 'granteeOrganisationId' | 'title' | 'amountOre'>;

/** What only some of them carry: tranches an earliest date, a paid tranche its payment reference. */
type TrancheDetails = Partial<Pick<TranchePaidV1, 'earliestDate' | 'paymentReference'>>;

/** A rule of an award or tranche event: what it shows beyond the common fields, and who hears. */
const trancheRule = kindOfRule<TrancheFields, TrancheDetails>({
  organisations: (data) => [data.granteeOrganisationId],
  backbones: false,
  variables: (data, details, facts, language) => ({
    organisationName: nameOf(facts, data.granteeOrganisationId),
    title: data.title,
    amount: formatOre(data.amountOre, language),
    earliestDate: details.earliestDate ? formatDate(details.earliestDate, language) : '',
    paymentReference: details.paymentReference ?? '',
  }),
});

const earliestDate = (data: { earliestDate: string }): TrancheDetails => ({
  earliestDate: data.earliestDate,
});

export const GRANT_AWARDED_RULE = trancheRule({
  event: grantAwardedV1,
  category: 'grant-update',
  audiences: (data) => [
    { organisationIds: [data.granteeOrganisationId], role: '*' },
    { organisationIds: data.shares.map((share) => share.funderOrganisationId), role: 'foundation-officer' },
  ],
});

export const TRANCHE_ELIGIBLE_RULE = trancheRule({
  event: trancheEligibleV1,
  category: 'grant-update',
  details: earliestDate,
  audiences: (data) => [{ organisationIds: data.funderOrganisationIds, role: 'foundation-officer' }],
});

export const TRANCHE_HELD_RULE = trancheRule({
  event: trancheHeldV1,
  category: 'payment-held',
  details: earliestDate,
  audiences: (data) => [
    { organisationIds: data.funderOrganisationIds, role: 'foundation-officer' },
    { organisationIds: [data.granteeOrganisationId], role: '*' },
  ],
});

export const TRANCHE_PAID_RULE = trancheRule({
  event: tranchePaidV1,
  category: 'grant-update',
  details: (data) => ({ earliestDate: data.earliestDate, paymentReference: data.paymentReference }),
  audiences: (data) => [{ organisationIds: [data.granteeOrganisationId], role: '*' }],
});

/** What every award-share event carries that its messages show. */
interface ShareFields {
  readonly programmeId: string;
  readonly granteeOrganisationId: string;
  readonly awardingOrganisationId: string;
  readonly funderOrganisationId: string;
  readonly title: string;
  readonly amountOre: number;
  readonly awardAmountOre: number;
}

/** What only a decline carries: its reason. */
interface ShareDetails {
  readonly reason?: string;
}

/** A rule of an award-share event: the decline's reason (none for a request), and who hears. */
const shareRule = kindOfRule<ShareFields, ShareDetails>({
  organisations: (data) => [
    data.granteeOrganisationId,
    data.awardingOrganisationId,
    data.funderOrganisationId,
  ],
  backbones: false,
  variables: (data, details, facts, language) => ({
    organisationName: nameOf(facts, data.granteeOrganisationId),
    awardingName: nameOf(facts, data.awardingOrganisationId),
    funderName: nameOf(facts, data.funderOrganisationId),
    title: data.title,
    amount: formatOre(data.amountOre, language),
    awardAmount: formatOre(data.awardAmountOre, language),
    reason: details.reason ?? '',
  }),
});

/**
 * A co-funder's consent to its share of an award: its officers are asked when the call's foundation
 * proposes the award (they confirm or decline in the portal), and the call's foundation's officers
 * hear when a co-funder declines (the award is not made). A confirmation that makes the award is
 * told by grant.awarded.
 */
export const AWARD_SHARE_REQUESTED_RULE = shareRule({
  event: awardShareRequestedV1,
  category: 'grant-update',
  audiences: (data) => [{ organisationIds: [data.funderOrganisationId], role: 'foundation-officer' }],
});

export const AWARD_SHARE_DECLINED_RULE = shareRule({
  event: awardShareDeclinedV1,
  category: 'grant-update',
  details: (data) => ({ reason: data.reason }),
  audiences: (data) => [{ organisationIds: [data.awardingOrganisationId], role: 'foundation-officer' }],
});

/** The award's funders' officers hear that the grantee accepted the grant agreement. */
export const GRANT_AGREEMENT_ACCEPTED_RULE = programmeRule({
  event: grantAgreementAcceptedV1,
  category: 'grant-update',
  organisations: (data) => [data.granteeOrganisationId],
  audiences: (data) => [{ organisationIds: data.funderOrganisationIds, role: 'foundation-officer' }],
  variables: (data, facts) => ({
    organisationName: nameOf(facts, data.granteeOrganisationId),
    title: data.title,
    version: String(data.version),
  }),
});

/** What every grant report event carries that its messages show. */
type ReportFields = Pick<
  GrantReportSubmittedV1,
  'programmeId' | 'granteeOrganisationId' | 'awardingOrganisationId' | 'title' | 'kind' | 'version'
>;

const REPORT_KIND = {
  da: { progress: 'statusrapporten', final: 'slutrapporten' },
  en: { progress: 'progress report', final: 'final report' },
} as const;

/** A rule of a report event: a returned report's comment (none otherwise), and who hears. */
const reportRule = kindOfRule<ReportFields, { readonly comment?: string }>({
  organisations: (data) => [data.granteeOrganisationId, data.awardingOrganisationId],
  backbones: false,
  variables: (data, details, facts, language) => ({
    organisationName: nameOf(facts, data.granteeOrganisationId),
    awardingName: nameOf(facts, data.awardingOrganisationId),
    title: data.title,
    kind: REPORT_KIND[language][data.kind],
    version: String(data.version),
    comment: details.comment ?? '',
  }),
});

/** The call's foundation's officers hear of a report to decide; the grantee hears the decision. */
export const GRANT_REPORT_SUBMITTED_RULE = reportRule({
  event: grantReportSubmittedV1,
  category: 'grant-update',
  audiences: (data) => [{ organisationIds: [data.awardingOrganisationId], role: 'foundation-officer' }],
});

export const GRANT_REPORT_APPROVED_RULE = reportRule({
  event: grantReportApprovedV1,
  category: 'grant-update',
  audiences: (data) => [{ organisationIds: [data.granteeOrganisationId], role: '*' }],
});

export const GRANT_REPORT_RETURNED_RULE = reportRule({
  event: grantReportReturnedV1,
  category: 'grant-update',
  details: (data) => ({ comment: data.comment }),
  audiences: (data) => [{ organisationIds: [data.granteeOrganisationId], role: '*' }],
});

/** Every rule of grants' events. */
export const GRANTS_RULES: readonly NotificationRule[] = [
  GRANT_AWARDED_RULE,
  TRANCHE_ELIGIBLE_RULE,
  TRANCHE_HELD_RULE,
  TRANCHE_PAID_RULE,
  AWARD_SHARE_REQUESTED_RULE,
  AWARD_SHARE_DECLINED_RULE,
  GRANT_AGREEMENT_ACCEPTED_RULE,
  ...AMENDMENT_RULES,
  ...JOINT_APPLICATION_RULES,
  GRANT_REPORT_SUBMITTED_RULE,
  GRANT_REPORT_APPROVED_RULE,
  GRANT_REPORT_RETURNED_RULE,
];
