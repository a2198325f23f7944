import 'reflect-metadata';
import { runServiceCli } from '@samvirke/persistence';
import { createHttpApp } from '@samvirke/platform';
import { AppModule, partnersDataSourceSpec } from './app.module.js';
import { partnersConfig } from './config.js';

await runServiceCli({
  service: 'partners',
  dataSource: partnersDataSourceSpec,
  start: async () => {
    const config = partnersConfig();
    const app = await createHttpApp(AppModule, { service: 'partners' });
    await app.listen(config.PARTNERS_PORT, config.PARTNERS_HOST);
    return app;
  },
});
