import type { NotificationLanguage } from '@samvirke/contracts';
import { GOVERNANCE_RULES } from './governance.rules.js';
import { GRANTS_RULES } from './grants.rules.js';
import { MEASUREMENT_RULES } from './measurement.rules.js';
import type { Audience, NotificationRule } from './notification-rule.js';
import { ANNOUNCEMENT_PUBLISHED_RULE, MEMBERSHIP_GRANTED_RULE } from './partners.rules.js';

/**
 * Which events notify whom. In-app messages go to an organisation's users with the role named;
 * e-mails go to the same users when notifications has seen them, and to the organisation's
 * contacts from partners (see README.md).
 */
export const NOTIFICATION_RULES: readonly NotificationRule[] = [
  ...MEASUREMENT_RULES,
  MEMBERSHIP_GRANTED_RULE,
  ANNOUNCEMENT_PUBLISHED_RULE,
  ...GOVERNANCE_RULES,
  ...GRANTS_RULES,
];

const RULES_BY_TYPE = new Map<string, NotificationRule>(
  NOTIFICATION_RULES.map((rule) => [rule.event.type, rule]),
);

/** The rule of an event type (for events that waited for their programme), if it has one. */
export function ruleForType(type: string): NotificationRule | undefined {
  return RULES_BY_TYPE.get(type);
}

/** The organisations of an audience, each once, without empty ids. */
export function audienceOrganisations(audience: Audience): string[] {
  return [...new Set(audience.organisationIds.filter(Boolean))];
}

export interface EmailRecipient {
  readonly email: string;
  readonly language: NotificationLanguage;
}

/** Adds recipients not yet listed: one e-mail per address, the first audience's language wins. */
export function addRecipients(
  recipients: Map<string, EmailRecipient>,
  found: readonly EmailRecipient[],
): void {
  for (const recipient of found) {
    if (!recipients.has(recipient.email)) recipients.set(recipient.email, recipient);
  }
}

export type EmailSetting = 'on' | 'off' | 'digest';

/**
 * A recipient's e-mail setting for a category, from the preferences of the users with that
 * address: on when any of them (or nobody) said on, else digest when any said digest, else off.
 * Critical categories are always on.
 */
export function emailSetting(critical: boolean, settings: readonly EmailSetting[]): EmailSetting {
  if (critical || settings.length === 0 || settings.includes('on')) return 'on';
  return settings.includes('digest') ? 'digest' : 'off';
}

/** A digested e-mail waits for the digest; one that is on is sent at once. */
export function emailStatus(setting: Exclude<EmailSetting, 'off'>): 'held' | 'pending' {
  return setting === 'digest' ? 'held' : 'pending';
}

/** The key that makes one e-mail per (event, address), however often the event is delivered. */
export function emailDedupeKey(eventId: string, email: string): string {
  return `email:${eventId}:${email}`;
}
