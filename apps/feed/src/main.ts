import 'reflect-metadata';
import { runServiceCli } from '@samvirke/persistence';
import { feedDataSourceSpec } from './app.module.js';
import { feedConfig } from './config.js';
import { createFeedApp } from './feed-app.js';
import { FEED_PERSONAL_DATA } from './personal-data.js';

await runServiceCli({
  personalData: FEED_PERSONAL_DATA,
  service: 'feed',
  dataSource: feedDataSourceSpec,
  start: async () => {
    const config = feedConfig();
    const app = await createFeedApp();
    await app.listen(config.FEED_PORT, config.FEED_HOST);
    return app;
  },
});
