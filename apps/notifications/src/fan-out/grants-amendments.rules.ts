import {
  awardAmendmentDeclinedV1,
  awardAmendmentProposedV1,
  awardAmendmentWithdrawnV1,
  type AwardAmendmentProposedV1,
} from '@samvirke/contracts';
import { formatOre } from '../templates/templates.rules.js';
import { kindOfRule, nameOf, type NotificationRule } from './notification-rule.js';

/** What every amendment event carries that its messages show. */
type AmendmentFields = Pick<
  AwardAmendmentProposedV1,
  | 'programmeId'
  | 'granteeOrganisationId'
  | 'awardingOrganisationId'
  | 'approverOrganisationIds'
  | 'title'
  | 'amountBeforeOre'
  | 'amountAfterOre'
  | 'reason'
>;

/** The co-funder that declined, where one did. */
interface AmendmentDetails {
  readonly funderOrganisationId?: string;
}

const amendmentRule = kindOfRule<AmendmentFields, AmendmentDetails>({
  organisations: (data) => [
    data.granteeOrganisationId,
    data.awardingOrganisationId,
    ...data.approverOrganisationIds,
  ],
  backbones: false,
  variables: (data, details, facts, language) => ({
    organisationName: nameOf(facts, data.granteeOrganisationId),
    awardingName: nameOf(facts, data.awardingOrganisationId),
    funderName: details.funderOrganisationId ? nameOf(facts, details.funderOrganisationId) : '',
    title: data.title,
    amountBefore: formatOre(data.amountBeforeOre, language),
    amountAfter: formatOre(data.amountAfterOre, language),
    reason: data.reason,
  }),
});

const askedOfficers = (data: AmendmentFields) => [
  { organisationIds: data.approverOrganisationIds, role: 'foundation-officer' as const },
];

/**
 * The officers of each co-funder whose share an amendment changes are asked to approve it (none
 * are asked when no share of another foundation changes: it is applied at once); they hear when the
 * awarding foundation withdraws it, and the awarding foundation hears when one of them declines.
 */
export const AWARD_AMENDMENT_PROPOSED_RULE = amendmentRule({
  event: awardAmendmentProposedV1,
  template: 'award-amendment-proposed',
  category: 'grant-update',
  details: () => ({}),
  audiences: askedOfficers,
});

export const AWARD_AMENDMENT_DECLINED_RULE = amendmentRule({
  event: awardAmendmentDeclinedV1,
  template: 'award-amendment-declined',
  category: 'grant-update',
  details: (data) => ({ funderOrganisationId: data.funderOrganisationId }),
  audiences: (data) => [{ organisationIds: [data.awardingOrganisationId], role: 'foundation-officer' }],
});

export const AWARD_AMENDMENT_WITHDRAWN_RULE = amendmentRule({
  event: awardAmendmentWithdrawnV1,
  template: 'award-amendment-withdrawn',
  category: 'grant-update',
  details: () => ({}),
  audiences: askedOfficers,
});

export const AMENDMENT_RULES: readonly NotificationRule[] = [
  AWARD_AMENDMENT_PROPOSED_RULE,
  AWARD_AMENDMENT_DECLINED_RULE,
  AWARD_AMENDMENT_WITHDRAWN_RULE,
];
