/**
 * The gateway's hot path. Most of its traffic is reads by callers it has seen before: a GET or
 * HEAD under /api/<service>/ with a bearer token the verifier has already accepted. For those the
 * Express router and Nest's guard pipeline cost more CPU than the forwarding itself (the gateway
 * benchmark measured ~420 µs per request through Express, see bench/results/gateway.json), so the
 * HTTP server hands them straight to the upstream client.
 *
 * The fast lane does what the Express path does, with the same functions and in the same order:
 * request id, correlation id and request metrics, security headers, the caller's rate limit, the
 * proxy's role check, then forwarding. It takes a request only when every check passes from what
 * is already known; anything else — no token or one not verified yet, a body, a browser's Origin
 * (CORS), a caller without a platform role, an unknown service, a path that does not decode — goes
 * to Express untouched, which
 * answers it exactly as before. The one answer the lane writes itself besides the forwarded one is
 * the 429 of a spent rate limit (shared with the middleware) and 502/504 problems.
 */
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { HttpException } from '@nestjs/common';
import { Counter } from 'prom-client';
import { bearerToken, type KeycloakTokenVerifier, ROLES, type Role } from '@samvirke/auth';
import { httpRequestContext, metricsRegistry, problem, runInContext, sendProblem } from '@samvirke/platform';
import type { Request, Response } from 'express';
import { requestIdMiddleware } from '../hardening/http-hardening.js';
import { admit, principalKey, type TokenBuckets } from '../hardening/rate-limiter.js';
import type { UpstreamClient } from './upstream.client.js';
import { isServiceInternalPath } from './internal-paths.js';

const fastLaneRequests = new Counter({
  name: 'samvirke_gateway_fast_lane_requests_total',
  help: 'Proxied requests the gateway forwarded without going through Express and Nest',
  registers: [metricsRegistry],
});

/** The route label Express gives the proxy's requests in the request metrics. */
const PROXY_ROUTE = '/api/:service/*path';
const PLATFORM_ROLES: ReadonlySet<Role> = new Set(ROLES);

export interface FastLaneOptions {
  readonly targets: ReadonlyMap<string, URL>;
  readonly verifier: KeycloakTokenVerifier;
  readonly buckets: TokenBuckets;
  readonly rateLimit: number;
  readonly securityHeaders: (request: Request, response: Response, next: () => void) => void;
  readonly upstream: UpstreamClient;
}

/** Puts the fast lane in front of the server's request listener (Express). */
export function installFastLane(server: Server, options: FastLaneOptions): void {
  const [express] = server.listeners('request') as RequestListener[];
  if (!express) throw new Error('the HTTP server has no request listener to put the fast lane in front of');
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const lane = route(request, options);
    if (lane) forward(request, response, lane, options);
    else express(request, response);
  });
}

interface Lane {
  readonly target: URL;
  readonly path: string;
  readonly callerKey: string;
}

/** The lane a request may take, or undefined when Express must see it. Changes nothing. */
function route(request: IncomingMessage, options: FastLaneOptions): Lane | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const url = request.url ?? '';
  if (!url.startsWith('/api/')) return undefined;
  const { headers } = request;
  if (headers.origin !== undefined || headers['transfer-encoding'] !== undefined) return undefined;
  if (headers['content-length'] !== undefined && headers['content-length'] !== '0') return undefined;
  const slash = url.indexOf('/', 5);
  if (slash < 0 || url.length === slash + 1 || url[slash + 1] === '?') return undefined;
  const target = options.targets.get(url.slice(5, slash));
  if (!target || isServiceInternalPath(url.slice(slash))) return undefined;
  // Express decodes the path to match its route and answers 400 when it cannot; so does the lane.
  if (url.includes('%') && !decodes(url.split('?', 1)[0] ?? '')) return undefined;
  const token = bearerToken(headers.authorization);
  const principal = token === undefined ? undefined : options.verifier.known(token);
  if (!principal?.roles.some((role) => PLATFORM_ROLES.has(role))) return undefined;
  return { target, path: url.slice(slash), callerKey: principalKey(principal) };
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function forward(
  request: IncomingMessage,
  response: ServerResponse,
  lane: Lane,
  options: FastLaneOptions,
): void {
  fastLaneRequests.inc();
  const express = { request: request as Request, response: response as Response };
  requestIdMiddleware(express.request, express.response, () => undefined);
  const context = httpRequestContext(request, response, () => PROXY_ROUTE);
  runInContext(context, () => {
    options.securityHeaders(express.request, express.response, () => undefined);
    const instance = request.url ?? '';
    if (!admit(options.buckets, lane.callerKey, options.rateLimit, instance, response)) return;
    options.upstream.forward(request, response, lane.target, lane.path).catch((error: unknown) => {
      const status = error instanceof HttpException ? error.getStatus() : 502;
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendProblem(
        response,
        problem(status, error instanceof HttpException ? error.message : undefined, {
          instance,
          correlationId: context.correlationId,
        }),
      );
    });
  });
}
