import 'reflect-metadata';
import { createHttpApp, JsonLogger } from '@samvirke/platform';
import { AppModule } from './app.module.js';
import { gatewayConfig } from './config.js';

try {
  const config = gatewayConfig();
  const app = await createHttpApp(AppModule, {
    service: 'gateway',
    body: 'raw',
    bodyLimit: config.GATEWAY_BODY_LIMIT,
  });
  await app.listen(config.GATEWAY_PORT, config.GATEWAY_HOST);
} catch (error) {
  new JsonLogger('gateway').fatal(error instanceof Error ? error : String(error), 'Bootstrap');
  process.exit(1);
}
