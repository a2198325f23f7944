import { applicationPartnerAnsweredV1, applicationPartnerInvitedV1 } from '@samvirke/contracts';
import { formatOre } from '../templates/templates.rules.js';
import { nameOf, programmeRule, type NotificationRule } from './notification-rule.js';

/** A partner organisation named in a joint application hears it is asked to confirm. */
export const APPLICATION_PARTNER_INVITED_RULE = programmeRule({
  event: applicationPartnerInvitedV1,
  category: 'grant-update',
  organisations: (data) => [data.leadOrganisationId, data.partnerOrganisationId],
  audiences: (data) => [{ organisationIds: [data.partnerOrganisationId], role: '*' }],
  variables: (data, facts, language) => ({
    leadName: nameOf(facts, data.leadOrganisationId),
    organisationName: nameOf(facts, data.partnerOrganisationId),
    title: data.title,
    amount: formatOre(data.budgetOre, language),
  }),
});

/** The lead applicant hears a partner's answer (with the reason of a decline). */
export const APPLICATION_PARTNER_ANSWERED_RULE = programmeRule({
  event: applicationPartnerAnsweredV1,
  category: 'grant-update',
  organisations: (data) => [data.leadOrganisationId, data.partnerOrganisationId],
  audiences: (data) => [{ organisationIds: [data.leadOrganisationId], role: '*' }],
  variables: (data, facts, language) => ({
    organisationName: nameOf(facts, data.partnerOrganisationId),
    title: data.title,
    answer: data.confirmed
      ? language === 'da'
        ? 'bekræftet sin deltagelse'
        : 'confirmed taking part'
      : language === 'da'
        ? `takket nej: ${data.reason ?? ''}`
        : `declined: ${data.reason ?? ''}`,
  }),
});

export const JOINT_APPLICATION_RULES: readonly NotificationRule[] = [
  APPLICATION_PARTNER_INVITED_RULE,
  APPLICATION_PARTNER_ANSWERED_RULE,
];
