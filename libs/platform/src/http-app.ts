import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { httpContextMiddleware } from './http-context.middleware.js';
import { JsonLogger } from './json-logger.js';

export interface HttpAppOptions {
  readonly service: string;
  /** Largest JSON body accepted; larger ones get 413 problem details. */
  readonly bodyLimit?: string;
  /** `raw` keeps request bodies as bytes (the gateway forwards them untouched). */
  readonly body?: 'json' | 'raw';
  /** Content types read as text besides JSON (e.g. text/csv for uploads). */
  readonly textTypes?: readonly string[];
}

/** Creates a service's Nest application with the platform's logging, correlation and body limits. */
export async function createHttpApp(module: unknown, options: HttpAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module as never, {
    logger: new JsonLogger(options.service),
    bodyParser: false,
  });
  app.disable('x-powered-by');
  app.use(httpContextMiddleware);
  if (options.body === 'raw')
    app.useBodyParser('raw', { type: () => true, limit: options.bodyLimit ?? '1mb' });
  else app.useBodyParser('json', { limit: options.bodyLimit ?? '1mb' });
  if (options.textTypes?.length) {
    app.useBodyParser('text', { type: [...options.textTypes], limit: options.bodyLimit ?? '1mb' });
  }
  app.enableShutdownHooks();
  return app;
}
