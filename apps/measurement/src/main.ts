import 'reflect-metadata';
import { topicsOfGroup } from '@samvirke/contracts';
import { connectEventConsumer } from '@samvirke/messaging';
import { runServiceCli } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import { AppModule, measurementDataSourceSpec } from './app.module.js';
import { measurementConfig } from './config.js';
import { MEASUREMENT_PERSONAL_DATA } from './personal-data.js';

await runServiceCli({
  personalData: MEASUREMENT_PERSONAL_DATA,
  service: 'measurement',
  dataSource: measurementDataSourceSpec,
  start: async () => {
    const config = measurementConfig();
    const app = await createHttpApp(AppModule, {
      service: 'measurement',
      bodyLimit: '5mb',
      textTypes: ['text/csv', 'text/plain'],
    });
    connectEventConsumer(app, { consumer: 'measurement', topics: topicsOfGroup('measurement') });
    await app.startAllMicroservices();
    await app.listen(config.MEASUREMENT_PORT, config.MEASUREMENT_HOST);
    return app;
  },
});
