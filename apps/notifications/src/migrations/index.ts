import { CommonDirectory1765000017000, DirectoryParents1767100000100 } from '@samvirke/directory';
import { messagingMigrations } from '@samvirke/messaging';
import { KnownOrganisations1764316800400 } from './1764316800400-known-organisations.js';
import { Notifications1764316800410 } from './1764316800410-notifications.js';
import { DigestRuns1764316800420 } from './1764316800420-digest-runs.js';
import { DeferredNotifications1764316800430 } from './1764316800430-deferred-notifications.js';
import { WebhookSecretsSealed1765000004001 } from './1765000004001-webhook-secrets-sealed.js';
import { WebhooksPublicEvents1765000004002 } from './1765000004002-webhooks-public-events.js';
import { NotificationAbout1765000018200 } from './1765000018200-notification-about.js';
import { EraseRemovedContacts1765000024100 } from './1765000024100-erase-removed-contacts.js';
import { AnnouncementAbout1765000025200 } from './1765000025200-announcement-about.js';
import { Calendar1765000025300 } from './1765000025300-calendar.js';
import { PersonKeys1766500000100 } from './1766500000100-person-keys.js';
import { DigestScheduleUnsubscribe1767400000100 } from './1767400000100-digest-schedule-unsubscribe.js';

export const notificationsMigrations = [
  ...messagingMigrations,
  KnownOrganisations1764316800400,
  Notifications1764316800410,
  DigestRuns1764316800420,
  DeferredNotifications1764316800430,
  WebhookSecretsSealed1765000004001,
  WebhooksPublicEvents1765000004002,
  CommonDirectory1765000017000,
  NotificationAbout1765000018200,
  EraseRemovedContacts1765000024100,
  AnnouncementAbout1765000025200,
  Calendar1765000025300,
  PersonKeys1766500000100,
  DirectoryParents1767100000100,
  DigestScheduleUnsubscribe1767400000100,
];
