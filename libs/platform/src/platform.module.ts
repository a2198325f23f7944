import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { HealthController, HealthRegistry } from './health.js';
import { JsonLogger } from './json-logger.js';
import { ShutdownSignal } from './shutdown.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { contractValidationPipe } from './validation.js';

export const SERVICE_NAME = Symbol('SERVICE_NAME');

/** What every Samvirke service shares: JSON logs, health, metrics, problem details, validation. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(service: string): DynamicModule {
    return {
      module: PlatformModule,
      controllers: [HealthController],
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
