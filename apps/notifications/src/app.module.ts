import { Module } from '@nestjs/common';
import { topicsOfGroup } from '@samvirke/contracts';
import { serviceDataSource, serviceModules } from '@samvirke/persistence';
import { CalendarModule } from './calendar/calendar.module.js';
import { notificationsConfig, NotificationsConfigModule } from './config.js';
import { DeliveriesModule } from './deliveries/deliveries.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { FanOutModule } from './fan-out/fan-out.module.js';
import { InboxModule } from './inbox/inbox.module.js';
import { notificationsMigrations } from './migrations/index.js';
import { PreferencesModule } from './preferences/preferences.module.js';
import { RetentionModule } from './retention/retention.module.js';
import { TemplatesModule } from './templates/templates.module.js';
import { UnsubscribeModule } from './unsubscribe/unsubscribe.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { NOTIFICATIONS_PERSON_LOCATORS } from './personal-data.js';

export const notificationsDataSourceSpec = () =>
  serviceDataSource(notificationsConfig().NOTIFICATIONS_DATABASE, notificationsMigrations);

/**
 * Every topic notifications listens to: the domain topics it makes messages from (fan-out/), and
 * the public ones for webhooks (webhooks/).
 */
export const NOTIFICATION_TOPICS = topicsOfGroup('notifications');

/**
 * The HTTP options of the service: besides JSON, the form bodies of RFC 8058 one-click unsubscribe
 * posts (mail programs send `List-Unsubscribe=One-Click` as either form type; the body is not read).
 */
export const NOTIFICATIONS_HTTP_OPTIONS = {
  service: 'notifications',
  textTypes: ['application/x-www-form-urlencoded', 'multipart/form-data'],
} as const;

@Module({
  imports: serviceModules({
    service: 'notifications',
    dataSource: notificationsDataSourceSpec,
    messaging: { deadLettersPath: 'dead-letters' },
    personLocators: NOTIFICATIONS_PERSON_LOCATORS,
    features: [
      NotificationsConfigModule,
      DirectoryModule,
      TemplatesModule,
      FanOutModule,
      DeliveriesModule,
      InboxModule,
      PreferencesModule,
      WebhooksModule,
      CalendarModule,
      UnsubscribeModule,
      RetentionModule,
    ],
  }),
})
export class AppModule {}
