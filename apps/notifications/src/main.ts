import 'reflect-metadata';
import { connectEventConsumer } from '@samvirke/messaging';
import { runServiceCli } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import {
  AppModule,
  NOTIFICATION_TOPICS,
  NOTIFICATIONS_HTTP_OPTIONS,
  notificationsDataSourceSpec,
} from './app.module.js';
import { notificationsConfig } from './config.js';
import { NOTIFICATIONS_PERSONAL_DATA } from './personal-data.js';

await runServiceCli({
  personalData: NOTIFICATIONS_PERSONAL_DATA,
  service: 'notifications',
  dataSource: notificationsDataSourceSpec,
  start: async () => {
    const config = notificationsConfig();
    const app = await createHttpApp(AppModule, NOTIFICATIONS_HTTP_OPTIONS);
    connectEventConsumer(app, { consumer: 'notifications', topics: NOTIFICATION_TOPICS });
    await app.startAllMicroservices();
    await app.listen(config.NOTIFICATIONS_PORT, config.NOTIFICATIONS_HOST);
    return app;
  },
});
