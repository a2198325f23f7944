import {
  announcementPublishedV1,
  membershipGrantedV1,
  type MembershipRole,
  type NotificationLanguage,
} from '@samvirke/contracts';
import { nameOf, organisationRule, programmeRule } from './notification-rule.js';

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
  category: 'programme-membership',
  organisation: (data) => data.organisationId,
  variables: (data, language) => ({ roles: data.roles.map((role) => ROLE_NAMES[language][role]).join(', ') }),
});

/** The members an announcement went to hear of it, every user of each, by its category's preferences. */
export const ANNOUNCEMENT_PUBLISHED_RULE = programmeRule({
  event: announcementPublishedV1,
  category: 'announcement',
  organisations: (data) => [data.authorOrganisationId],
  audiences: (data) => [{ organisationIds: data.recipientOrganisationIds, role: '*' }],
  variables: (data, facts) => ({
    authorName: nameOf(facts, data.authorOrganisationId),
    title: data.title,
    excerpt: data.excerpt,
  }),
});
