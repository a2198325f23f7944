import 'reflect-metadata';
import { topicsOfGroup } from '@samvirke/contracts';
import { connectEventConsumer } from '@samvirke/messaging';
import { runServiceCli } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import { AppModule, grantsDataSourceSpec, grantsHttpOptions } from './app.module.js';
import { grantsConfig } from './config.js';
import { GRANTS_PERSONAL_DATA } from './personal-data.js';

await runServiceCli({
  personalData: GRANTS_PERSONAL_DATA,
  service: 'grants',
  dataSource: grantsDataSourceSpec,
  start: async () => {
    const config = grantsConfig();
    const app = await createHttpApp(AppModule, grantsHttpOptions());
    connectEventConsumer(app, { consumer: 'grants', topics: topicsOfGroup('grants') });
    await app.startAllMicroservices();
    await app.listen(config.GRANTS_PORT, config.GRANTS_HOST);
    return app;
  },
});
