import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { HealthController, HealthRegistry } from './health.js';
import { JsonLogger } from './json-logger.js';
import { MetricsController } from './metrics-server.js';
import { ShutdownSignal } from './shutdown.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { contractValidationPipe } from './validation.js';

export const SERVICE_NAME = Symbol('SERVICE_NAME');

/** What every Samvirke service shares: JSON logs, health, metrics, problem details, validation. */
@Global()
@Module({})
export class PlatformModule {
  /**
   * `metricsOnMainPort: false` leaves GET /metrics off the application's port (the gateway, whose
   * port is public, serves it with startMetricsServer on a port of its own).
   */
  static forRoot(service: string, options: { metricsOnMainPort?: boolean } = {}): DynamicModule {
    return {
      module: PlatformModule,
      controllers:
        options.metricsOnMainPort === false ? [HealthController] : [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_NAME, useValue: service },
        { provide: JsonLogger, useValue: new JsonLogger(service) },
        HealthRegistry,
        ShutdownSignal,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: contractValidationPipe },
      ],
      exports: [SERVICE_NAME, JsonLogger, HealthRegistry, ShutdownSignal],
    };
  }
}
