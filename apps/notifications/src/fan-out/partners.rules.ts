import {
  announcementPublishedV1,
  membershipGrantedV1,
  type MembershipRole,
  type NotificationLanguage,
} from '@samvirke/contracts';
import { defineRule, nameOf, organisationRule } from './notification-rule.js';

const ROLE_NAMES: Record<NotificationLanguage, Record<MembershipRole, string>> = {
  da: {
    funder: 'bevillingsgiver',
    backbone: 'backbone',
    'implementing-partner': 'udførende partner',
    'data-provider': 'dataleverandør',
    'knowledge-partner': 'videnspartner',
  },
  en: {
    funder: 'funder',
    backbone: 'backbone',
    'implementing-partner': 'implementing partner',
    'data-provider': 'data provider',
    'knowledge-partner': 'knowledge partner',
  },
};

/** Everyone of an organisation hears that it joined a programme, and in which roles. */
export const MEMBERSHIP_GRANTED_RULE = organisationRule({
  event: membershipGrantedV1,
  template: 'membership-granted',
  category: 'programme-membership',
  organisation: (data) => data.organisationId,
  variables: (data, language) => ({ roles: data.roles.map((role) => ROLE_NAMES[language][role]).join(', ') }),
});

/** The members an announcement went to hear of it, every user of each, by its category's preferences. */
export const ANNOUNCEMENT_PUBLISHED_RULE = defineRule({
  event: announcementPublishedV1,
  template: 'announcement-published',
  category: 'announcement',
  directory: (data) => ({
    programmeId: data.programmeId,
    organisationIds: [data.authorOrganisationId],
    backbones: false,
  }),
  outcome: (data, facts) => ({
    audiences: [{ organisationIds: data.recipientOrganisationIds, role: '*' }],
    variables: () => ({
      programmeName: facts.programmeName,
      authorName: nameOf(facts, data.authorOrganisationId),
      title: data.title,
      excerpt: data.excerpt,
    }),
  }),
});
