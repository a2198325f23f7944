import type { IncomingMessage } from 'node:http';
import {
  BadRequestException,
  HttpException,
  type INestApplication,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import {
  type BodyRefusal,
  charsetRefusal,
  decodeUtf8,
  jsonRefusal,
  parameterRefusal,
  refusalProblem,
  textRefusal,
} from './body-guard.js';
import { declaredBodyTooLarge } from './body-limit.js';
import { HTTP_ROUTE, httpContextMiddleware } from './http-context.middleware.js';
import { JsonLogger } from './json-logger.js';
import { installGracefulShutdown } from './shutdown.js';

export interface HttpAppOptions {
  readonly service: string;
  /** Largest body accepted, e.g. `1mb` or `5mb`; larger ones get 413 problem details. */
  readonly bodyLimit?: string;
  /** Content types read as text besides JSON (e.g. text/csv for uploads). */
  readonly textTypes?: readonly string[];
  /** Content types read as raw bytes (a Buffer), for file uploads; up to `binaryLimit` each. */
  readonly binaryTypes?: readonly string[];
  /** Largest binary body, e.g. `10mb`; larger ones get 413. Defaults to `bodyLimit`. */
  readonly binaryLimit?: string;
}

/**
 * Creates a service's Nest application with the platform's logging, correlation and body limits,
 * on Fastify. Express and Nest cost a trivial GET ~240 µs of CPU here, Fastify and Nest ~45 µs
 * (measured side by side with the gateway benchmark's load generator), and the services' request
 * handling is the largest share of a request's CPU. The gateway runs on Fastify too, with a
 * pipeline of its own (apps/gateway/src/pipeline/pipeline.ts).
 *
 * Bodies: JSON (an empty body is no body, as Express's body-parser read it) and the `textTypes`
 * as strings, each up to `bodyLimit`, UTF-8 only and checked by body-guard.ts; any other content
 * type is refused with 415. `binaryTypes` (file uploads) are handed to the handler as the raw bytes.
 */
export async function createHttpApp(module: unknown, options: HttpAppOptions): Promise<INestApplication> {
  const bodyLimit = byteSize(options.bodyLimit ?? '1mb');
  const adapter = new FastifyAdapter({ bodyLimit, routerOptions: { ignoreTrailingSlash: true } });
  // Recorded as Nest registers them (the hook must be in place before), for servedRoutes().
  const routes = recordRoutes(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(module as never, adapter, {
    logger: new JsonLogger(options.service),
    bodyParser: false,
  });
  SERVED_ROUTES.set(app, routes);
  const fastify = app.getHttpAdapter().getInstance();
  readBodies(fastify, bodyLimit, options.textTypes ?? []);
  const limitFor = readBinaryBodies(fastify, options, bodyLimit);
  // Query and path parameters reach SQL too; a NUL in them is refused before any handler runs.
  fastify.addHook('preValidation', (request, _reply, done) => {
    const refusal = parameterRefusal(
      request.query as Record<string, unknown>,
      request.params as Record<string, unknown>,
    );
    done(refusal ? refusalException(refusal) : undefined);
  });
  // The matched route, for the request metrics (recorded when the answer is finished); a body
  // declared over its limit is refused before it is read (body-limit.ts).
  fastify.addHook('onRequest', (request, reply, done) => {
    (request.raw as IncomingMessage & { [HTTP_ROUTE]?: string })[HTTP_ROUTE] = request.routeOptions.url;
    done(declaredBodyTooLarge(request.raw, reply.raw, limitFor(request.headers['content-type'])));
  });
  app.use(httpContextMiddleware);
  installGracefulShutdown(app);
  return app;
}

/**
 * The `binaryTypes` as raw bytes, each up to `binaryLimit`; returns the limit that applies to a
 * request's content type (for the 413 before the body is read).
 */
function readBinaryBodies(
  fastify: FastifyInstance,
  options: HttpAppOptions,
  bodyLimit: number,
): (contentType: string | undefined) => number {
  const binaryTypes = new Set((options.binaryTypes ?? []).map((type) => type.toLowerCase()));
  const binaryLimit = byteSize(options.binaryLimit ?? options.bodyLimit ?? '1mb');
  for (const type of binaryTypes) {
    fastify.addContentTypeParser(
      type,
      { parseAs: 'buffer', bodyLimit: binaryLimit },
      (_request, body, done) => done(null, body),
    );
  }
  return (contentType) =>
    binaryTypes.has((contentType ?? '').split(';')[0].trim().toLowerCase()) ? binaryLimit : bodyLimit;
}

/** Every route as it is added, as `get /programmes/:id` (HEAD left out). */
function recordRoutes(fastify: FastifyInstance): string[] {
  const routes: string[] = [];
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push(`${method.toLowerCase()} ${route.url}`);
    }
  });
  return routes;
}

/**
 * JSON and the text types, read as bytes, not strings: Fastify would decode them as UTF-8 whatever
 * the charset said, and turn invalid bytes into replacement characters (see body-guard.ts for what
 * is refused and why). Any other content type has no parser, so Fastify answers 415.
 */
function readBodies(fastify: FastifyInstance, bodyLimit: number, textTypes: readonly string[]): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit },
    (request, body, done) => {
      const parsed = readJson(request.headers['content-type'], body);
      return parsed instanceof HttpException ? done(parsed, undefined) : done(null, parsed);
    },
  );
  for (const type of textTypes) {
    fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
      const text = readText(request.headers['content-type'], body);
      if (typeof text !== 'string') return done(text, undefined);
      const refusal = textRefusal(text);
      return refusal ? done(refusalException(refusal), undefined) : done(null, text);
    });
  }
}

/** A JSON body parsed (undefined when empty), or the exception that refuses it. */
function readJson(contentType: string | undefined, body: Buffer | string): unknown {
  const text = readText(contentType, body);
  if (typeof text !== 'string') return text;
  if (text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return new BadRequestException('The request body is not valid JSON.');
  }
  const refusal = jsonRefusal(parsed);
  return refusal ? refusalException(refusal) : parsed;
}

/** The body as UTF-8 text, or the exception that refuses it (declared charset, invalid bytes). */
function readText(contentType: string | undefined, body: Buffer | string): string | HttpException {
  const charset = charsetRefusal(contentType);
  if (charset) return refusalException(charset);
  const text = typeof body === 'string' ? body : decodeUtf8(body);
  return typeof text === 'string' ? text : refusalException(text);
}

function refusalException(refusal: BodyRefusal): HttpException {
  if (refusal.errors.length > 0) return new HttpException(refusalProblem(refusal), refusal.status);
  return refusal.status === 415
    ? new UnsupportedMediaTypeException(refusal.detail)
    : new BadRequestException(refusal.detail);
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
