import 'reflect-metadata';
import { JsonLogger, startMetricsServer } from '@samvirke/platform';
import { gatewayConfig } from './config.js';
import { createGatewayApp } from './gateway-app.js';

try {
  const config = gatewayConfig();
  const app = await createGatewayApp(config);
  await app.listen(config.GATEWAY_PORT, config.GATEWAY_HOST);
  const metrics = await startMetricsServer(config.METRICS_HOST, config.METRICS_PORT);
  new JsonLogger('gateway').log({ msg: 'metrics served apart from the public port', url: metrics.url });
} catch (error) {
  new JsonLogger('gateway').fatal(error instanceof Error ? error : String(error), 'Bootstrap');
  process.exit(1);
}
