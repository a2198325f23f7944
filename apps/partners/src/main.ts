import 'reflect-metadata';
import { topicsOfGroup } from '@samvirke/contracts';
import { connectEventConsumer } from '@samvirke/messaging';
import { runServiceCli } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import { AppModule, partnersDataSourceSpec, partnersHttpOptions } from './app.module.js';
import { partnersConfig } from './config.js';
import { PARTNERS_PERSONAL_DATA } from './personal-data.js';

await runServiceCli({
  personalData: PARTNERS_PERSONAL_DATA,
  service: 'partners',
  dataSource: partnersDataSourceSpec,
  start: async () => {
    const config = partnersConfig();
    const app = await createHttpApp(AppModule, partnersHttpOptions());
    // The other services' answers to data subject requests.
    connectEventConsumer(app, { consumer: 'partners', topics: topicsOfGroup('partners') });
    await app.startAllMicroservices();
    await app.listen(config.PARTNERS_PORT, config.PARTNERS_HOST);
    return app;
  },
});
