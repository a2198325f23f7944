import type { NotificationLanguage } from '@samvirke/contracts';
import type { DirectoryLookup, NotificationRule } from './rules.js';
import { formatOre } from './templates.js';

const text = (data: Record<string, unknown>, key: string): string => {
  const value = data[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
};

/** The names and amounts an award-share event's messages show. */
async function shareVariables(data: Record<string, unknown>, lookup: DirectoryLookup) {
  const programme = await lookup.programme(text(data, 'programmeId'));
  const organisationName = await lookup.organisationName(text(data, 'granteeOrganisationId'));
  const awardingName = await lookup.organisationName(text(data, 'awardingOrganisationId'));
  const funderName = await lookup.organisationName(text(data, 'funderOrganisationId'));
  return (language: NotificationLanguage) => ({
    programmeName: programme.name,
    organisationName,
    awardingName,
    funderName,
    title: text(data, 'title'),
    amount: formatOre(Number(data['amountOre'] ?? 0), language),
    awardAmount: formatOre(Number(data['awardAmountOre'] ?? 0), language),
    reason: text(data, 'reason'),
  });
}

/**
 * A co-funder's consent to its share of an award: its officers are asked when the call's foundation
 * proposes the award (they confirm or decline in the portal), and the call's foundation's officers
 * hear when a co-funder declines (the award is not made). A confirmation that makes the award is
 * told by grant.awarded.
 */
export const AWARD_SHARE_RULES: readonly NotificationRule[] = [
  {
    type: 'dk.samvirke.grants.award-share.requested.v1',
    template: 'award-share-requested',
    category: 'grant-update',
    resolve: async (data, lookup) => ({
      audiences: [{ organisationIds: [text(data, 'funderOrganisationId')], role: 'foundation-officer' }],
      variables: await shareVariables(data, lookup),
    }),
  },
  {
    type: 'dk.samvirke.grants.award-share.declined.v1',
    template: 'award-share-declined',
    category: 'grant-update',
    resolve: async (data, lookup) => ({
      audiences: [{ organisationIds: [text(data, 'awardingOrganisationId')], role: 'foundation-officer' }],
      variables: await shareVariables(data, lookup),
    }),
  },
];
