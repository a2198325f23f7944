/**
 * The gateway's one request pipeline, in the order a request meets it. Everything a request goes
 * through is added here, as Fastify hooks and routes, so the order is read in one place:
 *
 *   1. for every request, matched or not, before its body is read: the request id, the correlation
 *      context and request metrics, security headers, CORS (a preflight ends here), who is calling,
 *      and the caller's rate limit (429). Even a 413, a 429 or an unknown route's 404 carries the
 *      headers of the steps before it.
 *   2. the body, as bytes, up to GATEWAY_BODY_LIMIT (413), and only UTF-8 (415, 400).
 *   3. the route: /api/<service>/… checks the caller's platform role (401, 403) and streams the
 *      service's answer back (proxy.route.ts); the gateway's own routes (API documents, health) go
 *      through Nest and its global guard.
 *
 * Refusals are thrown, so Nest's exception filter (libs/platform) writes every problem alike.
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { KeycloakTokenVerifier } from '@samvirke/auth';
import {
  byteSize,
  HTTP_ROUTE,
  httpRequestContext,
  problem,
  runInContext,
  sendProblem,
} from '@samvirke/platform';
import { identifyCaller, platformRoleRefusal } from '../auth/caller.js';
import { type GatewayConfig, upstreamTargets } from '../config.js';
import { readBodiesAsUtf8Bytes } from '../hardening/body-encoding.js';
import { cors, requestId, type RequestHook, securityHeaders } from '../hardening/http-hardening.js';
import { rateLimit, TokenBuckets } from '../hardening/rate-limiter.js';
import { addProxyRoute, PROXY_PATH, PROXY_ROUTE } from '../proxy/proxy.route.js';
import type { UpstreamClient } from '../proxy/upstream.client.js';
import { keepContext } from './gateway-request.js';

export interface PipelineParts {
  readonly config: GatewayConfig;
  readonly verifier: KeycloakTokenVerifier;
  readonly upstream: UpstreamClient;
}

export function installPipeline(
  fastify: FastifyInstance,
  { config, verifier, upstream }: PipelineParts,
): void {
  const buckets = new TokenBuckets(config.GATEWAY_RATE_LIMIT, config.GATEWAY_RATE_WINDOW_MS);
  const secure = securityHeaders(config);
  // 1. Before the body: one hook running the steps in turn (a Fastify hook apiece costs more).
  fastify.addHook(
    'onRequest',
    inOrder(
      requestId,
      correlate,
      (_request, reply, done) => {
        secure(reply.raw);
        done();
      },
      cors(config),
      identifyCaller(verifier),
      rateLimit(buckets, config.GATEWAY_RATE_LIMIT),
    ),
  );
  // 2. The body.
  readBodiesAsUtf8Bytes(fastify, byteSize(config.GATEWAY_BODY_LIMIT));
  // 3. The proxy.
  addProxyRoute(fastify, { targets: upstreamTargets(config), upstream, refusal: platformRoleRefusal });
}

/** Runs the steps one after the other; a step that fails or answers ends the run. */
function inOrder(...steps: readonly RequestHook[]): RequestHook {
  return (request, reply, done) => {
    let at = 0;
    const next = (error?: Error): void => {
      const step = steps[at];
      at += 1;
      if (error || !step) done(error);
      else step(request, reply, next);
    };
    next();
  };
}

/**
 * What the router refuses before any hook runs (a path that does not decode: 400, an over-long
 * parameter: 414) is answered with problem details too, with the request id and security headers.
 * It never reaches Nest, whose exception filter writes the other problems.
 */
export function answerFrameworkError(
  config: GatewayConfig,
): (error: Error & { statusCode?: number }, request: FastifyRequest, reply: FastifyReply) => void {
  const secure = securityHeaders(config);
  return (error, request, reply) => {
    requestId(request, reply, () => undefined);
    secure(reply.raw);
    sendProblem(
      reply.raw,
      problem(error.statusCode ?? 400, 'The request could not be read.', { instance: request.url }),
    );
  };
}

/** The request's correlation context, in which the rest of the pipeline runs; counted when answered. */
const correlate: RequestHook = (request, reply, done) => {
  const context = httpRequestContext(request.raw, reply.raw, () => routeLabel(request));
  keepContext(request, context);
  runInContext(context, done);
};

/** The route the request metrics count a request under; the proxy's is named where it is served. */
function routeLabel(request: FastifyRequest): string {
  if (request.is404) return 'unmatched';
  const named = (request.raw as IncomingMessage & { [HTTP_ROUTE]?: string })[HTTP_ROUTE];
  if (named) return named;
  const url = request.routeOptions.url;
  return url === PROXY_PATH ? PROXY_ROUTE : (url ?? 'unmatched');
}
