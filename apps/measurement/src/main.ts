import 'reflect-metadata';
import { runServiceCli } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import { AppModule, measurementDataSourceSpec } from './app.module.js';
import { measurementConfig } from './config.js';

await runServiceCli({
  service: 'measurement',
  dataSource: measurementDataSourceSpec,
  start: async () => {
    const config = measurementConfig();
    const app = await createHttpApp(AppModule, { service: 'measurement' });
    await app.listen(config.MEASUREMENT_PORT, config.MEASUREMENT_HOST);
    return app;
  },
});
