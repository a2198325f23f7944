import {
  awardShareDeclinedV1,
  awardShareRequestedV1,
  grantAwardedV1,
  trancheEligibleV1,
  trancheHeldV1,
  tranchePaidV1,
  type AwardShareRequestedV1,
  type NotificationLanguage,
} from '@samvirke/contracts';
import { formatDate, formatOre } from '../templates/templates.rules.js';
import { defineRule, nameOf, type DirectoryFacts, type DirectoryQuestion } from './notification-rule.js';

/** What the award and tranche events carry that their messages show. */
interface TrancheFields {
  readonly programmeId: string;
  readonly granteeOrganisationId: string;
  readonly title: string;
  readonly amountOre: number;
  readonly earliestDate?: string;
  readonly paymentReference?: string;
}

const trancheDirectory = (data: TrancheFields): DirectoryQuestion => ({
  programmeId: data.programmeId,
  organisationIds: [data.granteeOrganisationId],
  backbones: false,
});

const trancheVariables =
  (data: TrancheFields, facts: DirectoryFacts) => (language: NotificationLanguage) => ({
    programmeName: facts.programmeName,
    organisationName: nameOf(facts, data.granteeOrganisationId),
    title: data.title,
    amount: formatOre(data.amountOre, language),
    earliestDate: data.earliestDate ? formatDate(data.earliestDate, language) : '',
    paymentReference: data.paymentReference ?? '',
  });

export const GRANT_AWARDED_RULE = defineRule({
  event: grantAwardedV1,
  template: 'grant-awarded',
  category: 'grant-update',
  directory: trancheDirectory,
  outcome: (data, facts) => ({
    audiences: [
      { organisationIds: [data.granteeOrganisationId], role: '*' },
      { organisationIds: data.shares.map((share) => share.funderOrganisationId), role: 'foundation-officer' },
    ],
    variables: trancheVariables(data, facts),
  }),
});

export const TRANCHE_ELIGIBLE_RULE = defineRule({
  event: trancheEligibleV1,
  template: 'tranche-eligible',
  category: 'grant-update',
  directory: trancheDirectory,
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: data.funderOrganisationIds, role: 'foundation-officer' }],
    variables: trancheVariables(data, facts),
  }),
});

export const TRANCHE_HELD_RULE = defineRule({
  event: trancheHeldV1,
  template: 'tranche-held',
  category: 'payment-held',
  directory: trancheDirectory,
  outcome: (data, facts) => ({
    audiences: [
      { organisationIds: data.funderOrganisationIds, role: 'foundation-officer' },
      { organisationIds: [data.granteeOrganisationId], role: '*' },
    ],
    variables: trancheVariables(data, facts),
  }),
});

export const TRANCHE_PAID_RULE = defineRule({
  event: tranchePaidV1,
  template: 'tranche-paid',
  category: 'grant-update',
  directory: trancheDirectory,
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: [data.granteeOrganisationId], role: '*' }],
    variables: trancheVariables(data, facts),
  }),
});

/** What every award-share event carries; a decline adds its reason. */
type ShareFields = Omit<AwardShareRequestedV1, 'requestedAt'> & { readonly reason?: string };

const shareDirectory = (data: ShareFields): DirectoryQuestion => ({
  programmeId: data.programmeId,
  organisationIds: [data.granteeOrganisationId, data.awardingOrganisationId, data.funderOrganisationId],
  backbones: false,
});

const shareVariables = (data: ShareFields, facts: DirectoryFacts) => (language: NotificationLanguage) => ({
  programmeName: facts.programmeName,
  organisationName: nameOf(facts, data.granteeOrganisationId),
  awardingName: nameOf(facts, data.awardingOrganisationId),
  funderName: nameOf(facts, data.funderOrganisationId),
  title: data.title,
  amount: formatOre(data.amountOre, language),
  awardAmount: formatOre(data.awardAmountOre, language),
  reason: data.reason ?? '',
});

/**
 * A co-funder's consent to its share of an award: its officers are asked when the call's foundation
 * proposes the award (they confirm or decline in the portal), and the call's foundation's officers
 * hear when a co-funder declines (the award is not made). A confirmation that makes the award is
 * told by grant.awarded.
 */
export const AWARD_SHARE_REQUESTED_RULE = defineRule({
  event: awardShareRequestedV1,
  template: 'award-share-requested',
  category: 'grant-update',
  directory: shareDirectory,
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: [data.funderOrganisationId], role: 'foundation-officer' }],
    variables: shareVariables(data, facts),
  }),
});

export const AWARD_SHARE_DECLINED_RULE = defineRule({
  event: awardShareDeclinedV1,
  template: 'award-share-declined',
  category: 'grant-update',
  directory: shareDirectory,
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: [data.awardingOrganisationId], role: 'foundation-officer' }],
    variables: shareVariables(data, facts),
  }),
});
