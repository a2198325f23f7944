import type { IncomingMessage } from 'node:http';
import { BadRequestException, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { HTTP_ROUTE, httpContextMiddleware } from './http-context.middleware.js';
import { JsonLogger } from './json-logger.js';
import { installGracefulShutdown } from './shutdown.js';

export interface HttpAppOptions {
  readonly service: string;
  /** Largest body accepted, e.g. `1mb` or `5mb`; larger ones get 413 problem details. */
  readonly bodyLimit?: string;
  /** Content types read as text besides JSON (e.g. text/csv for uploads). */
  readonly textTypes?: readonly string[];
}

/**
 * Creates a service's Nest application with the platform's logging, correlation and body limits,
 * on Fastify. Express and Nest cost a trivial GET ~240 µs of CPU here, Fastify and Nest ~45 µs
 * (measured side by side with the gateway benchmark's load generator), and the services' request
 * handling is the largest share of a request's CPU. The gateway stays on Express (gateway-app.ts).
 *
 * Bodies: JSON (an empty body is no body, as Express's body-parser read it) and the `textTypes`
 * as strings, each up to `bodyLimit`; any other content type is refused with 415.
 */
export async function createHttpApp(module: unknown, options: HttpAppOptions): Promise<INestApplication> {
  const bodyLimit = byteSize(options.bodyLimit ?? '1mb');
  const adapter = new FastifyAdapter({ bodyLimit, routerOptions: { ignoreTrailingSlash: true } });
  // Recorded as Nest registers them (the hook must be in place before), for servedRoutes().
  const routes: string[] = [];
  adapter.getInstance().addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push(`${method.toLowerCase()} ${route.url}`);
    }
  });
  const app = await NestFactory.create<NestFastifyApplication>(module as never, adapter, {
    logger: new JsonLogger(options.service),
    bodyParser: false,
  });
  SERVED_ROUTES.set(app, routes);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit },
    (_request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch {
        done(new BadRequestException('The request body is not valid JSON.'), undefined);
      }
    },
  );
  for (const type of options.textTypes ?? []) {
    fastify.addContentTypeParser(type, { parseAs: 'string', bodyLimit }, (_request, body, done) =>
      done(null, typeof body === 'string' ? body : body.toString('utf8')),
    );
  }
  // The matched route, for the request metrics (recorded when the answer is finished).
  fastify.addHook('onRequest', (request, _reply, done) => {
    (request.raw as IncomingMessage & { [HTTP_ROUTE]?: string })[HTTP_ROUTE] = request.routeOptions.url;
    done();
  });
  app.use(httpContextMiddleware);
  installGracefulShutdown(app);
  return app;
}

const SERVED_ROUTES = new WeakMap<object, readonly string[]>();

/** Every route an app made by createHttpApp serves, as `get /programmes/:id` (HEAD left out). */
export function servedRoutes(app: INestApplication): readonly string[] {
  return SERVED_ROUTES.get(app) ?? [];
}

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `512kb`, `5mb`, `1024` → bytes. */
export function byteSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  if (!match?.[1]) throw new Error(`not a size: ${value}`);
  return Math.floor(Number(match[1]) * (UNITS[(match[2] ?? 'b').toLowerCase()] ?? 1));
}
