/** The notifications service's HTTP shapes (libs/contracts/src/notifications), as the portal reads them. */
export interface InboxItem {
  id: string;
  category: string;
  critical: boolean;
  eventType: string;
  programmeId: string | null;
  organisationId: string;
  language: 'da' | 'en';
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
  /** What it is about, for a link (null for notifications kept before this was recorded). */
  about: { kind: 'programme' | 'reporting-period' | 'award' | 'announcement'; id: string } | null;
}

export interface CategoryPreference {
  category: string;
  critical: boolean;
  email: 'on' | 'off' | 'digest';
  inApp: 'on' | 'off';
}

export interface DigestSchedule {
  frequency: 'daily' | 'weekly';
  /** ISO weekday of a weekly digest: 1 Monday … 7 Sunday. */
  weekday: number;
}

export interface Preferences {
  language: 'da' | 'en';
  email: string | null;
  digest: DigestSchedule;
  categories: CategoryPreference[];
}

/** What a signed unsubscribe link turns off (never the address). */
export interface UnsubscribeLink {
  categories: string[];
  expiresAt: string;
  unsubscribed: boolean;
}

export interface WebhookSubscription {
  id: string;
  ownerClientId: string;
  url: string;
  eventTypes: string[];
  programmeIds: string[];
  description: string;
  enabled: boolean;
  disabledReason: string | null;
  createdAt: string;
}

export interface Delivery {
  id: string;
  channel: string;
  status: string;
  eventType: string | null;
  attempts: number;
  lastError: string | null;
  lastStatusCode: number | null;
  createdAt: string;
  sentAt: string | null;
  deadAt: string | null;
}
