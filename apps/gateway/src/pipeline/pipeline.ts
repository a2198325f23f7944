/**
 * The gateway's one request pipeline, in the order a request meets it. Everything a request goes
 * through is added here, as Fastify hooks and routes, so the order is read in one place:
 *
 *   1. for every request, matched or not, before its body is read: the request id, the correlation
 *      context and request metrics, security headers, CORS (a preflight ends here), who is calling,
 *      the caller's rate limit (429) and a body declared over GATEWAY_BODY_LIMIT (413, its bytes
 *      read and dropped so the client still sending it gets the answer). Even a 413, a 429 or an
 *      unknown route's 404 carries the headers of the steps before it. One hook runs them all: a
 *      Fastify hook apiece costs more.
 *   2. the body, as bytes, up to GATEWAY_BODY_LIMIT (413), and only UTF-8 (415, 400).
 *   3. the route: /api/<service>/… checks the caller's platform role (401, 403) and streams the
 *      service's answer back (proxy.route.ts); the gateway's own routes (API documents, health) go
 *      through Nest and its global guard.
 *
 * Refusals are passed to Fastify as errors, so Nest's exception filter (libs/platform) writes every
 * problem alike.
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { KeycloakTokenVerifier } from '@samvirke/auth';
import {
  byteSize,
  declaredBodyTooLarge,
  HTTP_ROUTE,
  httpRequestContext,
  problem,
  runInContext,
  sendProblem,
} from '@samvirke/platform';
import { identifyCaller } from '../auth/caller.js';
import { type GatewayConfig, upstreamTargets } from '../config.js';
import { checkHealth } from '../proxy/upstream-pool.js';
import { readBodiesAsUtf8Bytes } from '../hardening/body-encoding.js';
import { cors, requestId, securityHeaders } from '../hardening/http-hardening.js';
import { rateLimit, TokenBuckets } from '../hardening/rate-limiter.js';
import { addProxyRoute, PROXY_ROUTE } from '../proxy/proxy.route.js';
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
  const steps: Steps = {
    secure: securityHeaders(config),
    cors: cors(config),
    verifier,
    limit: rateLimit(buckets, config.GATEWAY_RATE_LIMIT),
    bodyLimit: byteSize(config.GATEWAY_BODY_LIMIT),
  };
  // 1. Before the body.
  fastify.addHook('onRequest', (request, reply, done) => {
    const raw: IncomingMessage & { [HTTP_ROUTE]?: string } = request.raw;
    requestId(raw, reply.raw);
    raw[HTTP_ROUTE] = routeLabel(request);
    const context = httpRequestContext(raw, reply.raw);
    keepContext(raw, context);
    runInContext(context, inContext, steps, request, reply, done);
  });
  // 2. The body.
  readBodiesAsUtf8Bytes(fastify, byteSize(config.GATEWAY_BODY_LIMIT));
  // 3. The proxy.
  const targets = upstreamTargets(config);
  // Services with several instances: each instance's readiness, every 2 s (proxy/upstream-pool.ts).
  const stopChecks = checkHealth(targets.values());
  fastify.addHook('onClose', (_instance, done) => (stopChecks(), done()));
  addProxyRoute(fastify, { targets, upstream });
}

interface Steps {
  readonly secure: ReturnType<typeof securityHeaders>;
  readonly cors: ReturnType<typeof cors>;
  readonly verifier: KeycloakTokenVerifier;
  readonly limit: ReturnType<typeof rateLimit>;
  readonly bodyLimit: number;
}

/** The steps after the correlation context, in it; a step that refuses or answers ends the run. */
function inContext(
  steps: Steps,
  request: FastifyRequest,
  reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  const { raw } = request;
  steps.secure(reply.raw);
  const preflight = steps.cors(raw, reply.raw);
  if (preflight === 'preflight') return void reply.code(204).send();
  if (preflight) return done(preflight);
  if (request.url.startsWith('/health/')) return done();
  const asking = identifyCaller(steps.verifier, raw);
  // The rate limit, then a body declared over the limit (413 before it is read; body-limit.ts).
  const last = (): Error | undefined =>
    steps.limit(raw, reply.raw) ?? declaredBodyTooLarge(raw, reply.raw, steps.bodyLimit);
  if (!asking) return done(last());
  asking.then(
    () => done(last()),
    (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
  );
}

/**
 * The route the request metrics count a request under. Only the proxy serves /api/ (its requests
 * refused before the handler are counted under it too); Fastify's routeOptions builds an object
 * per call, so the proxy's hot path does without it.
 */
function routeLabel(request: FastifyRequest): string | undefined {
  if (request.is404) return undefined;
  return request.url.startsWith('/api/') ? PROXY_ROUTE : request.routeOptions.url;
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
    requestId(request.raw, reply.raw);
    secure(reply.raw);
    sendProblem(
      reply.raw,
      problem(error.statusCode ?? 400, 'The request could not be read.', { instance: request.url }),
    );
  };
}
