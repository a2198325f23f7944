import { Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { authConfigFromEnv, AuthModule, realmUrl } from '@samvirke/auth';
import { HealthRegistry, PlatformModule } from '@samvirke/platform';
import { GATEWAY_CONFIG, gatewayConfig } from './config.js';
import { OpenApiController } from './openapi/openapi.controller.js';
import { ProxyModule } from './proxy/proxy.module.js';

@Global()
@Module({
  providers: [{ provide: GATEWAY_CONFIG, useFactory: gatewayConfig }],
  exports: [GATEWAY_CONFIG],
})
class GatewayConfigModule {}

@Module({
  imports: [
    // The gateway's port is public: metrics go on METRICS_PORT (main.ts).
    PlatformModule.forRoot('gateway', { metricsOnMainPort: false }),
    AuthModule.forRoot(),
    GatewayConfigModule,
    ProxyModule,
  ],
  controllers: [OpenApiController],
})
export class AppModule implements OnModuleInit {
  constructor(@Inject(HealthRegistry) private readonly health: HealthRegistry) {}

  /** Ready when Keycloak publishes the realm whose keys verify tokens. */
  onModuleInit(): void {
    const wellKnown = `${realmUrl(authConfigFromEnv())}/.well-known/openid-configuration`;
    this.health.register({
      name: 'keycloak',
      check: async () => {
        const response = await fetch(wellKnown, { signal: AbortSignal.timeout(1_500) });
        if (!response.ok) throw new Error(`realm answered ${response.status}`);
      },
    });
  }
}
